package io.velerojava.engine.backup;

import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The item backuppers of one backup: {@code workerCount} threads fed through a bounded queue. When the queue is
 * full the lister backs up the item itself, which slows listing to the pace of backing up and bounds memory. The
 * first failure that makes the backup fail (a tarball write) is kept and stops further work.
 */
final class ItemWorkers implements AutoCloseable {

    private static final int QUEUED_ITEMS_PER_WORKER = 64;
    private static final AtomicInteger POOLS = new AtomicInteger();

    private final ThreadPoolExecutor executor;
    private final AtomicReference<RuntimeException> fatal = new AtomicReference<>();

    ItemWorkers(int workerCount) {
        int pool = POOLS.incrementAndGet();
        AtomicInteger threads = new AtomicInteger();
        this.executor = new ThreadPoolExecutor(workerCount, workerCount, 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(workerCount * QUEUED_ITEMS_PER_WORKER), runnable -> {
                    Thread thread = new Thread(runnable, "backup-" + pool + "-item-" + threads.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                }, new ThreadPoolExecutor.CallerRunsPolicy());
    }

    /** Backs an item up on a worker; once a fatal failure happened, items are dropped. */
    void submit(Runnable backUpItem) {
        if (fatal.get() != null) {
            return;
        }
        executor.execute(() -> {
            if (fatal.get() != null) {
                return;
            }
            try {
                backUpItem.run();
            } catch (RuntimeException e) {
                fatal.compareAndSet(null, e);
            }
        });
    }

    /** Waits until every submitted item is done. */
    void awaitAll() throws InterruptedException {
        executor.shutdown();
        while (!executor.awaitTermination(1, TimeUnit.SECONDS)) {
            // Keep waiting: a large backup takes as long as it takes; interruption ends the wait.
        }
    }

    /** Why the backup failed, if a worker hit a failure that makes it fail. */
    Optional<String> fatalFailure() {
        return Optional.ofNullable(fatal.get()).map(RuntimeException::getMessage);
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
