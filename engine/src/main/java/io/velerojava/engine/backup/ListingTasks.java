package io.velerojava.engine.backup;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The LIST calls of one backup, run {@code parallelism} at a time. A listing may fork further listings (a type
 * listed namespace by namespace); {@link #awaitAll()} waits for those too.
 */
final class ListingTasks implements AutoCloseable {

    private static final AtomicInteger POOLS = new AtomicInteger();

    private final ExecutorService listers;
    private final Queue<Future<?>> pending = new ConcurrentLinkedQueue<>();

    ListingTasks(int parallelism) {
        int pool = POOLS.incrementAndGet();
        AtomicInteger threads = new AtomicInteger();
        this.listers = Executors.newFixedThreadPool(parallelism, runnable -> {
            Thread thread = new Thread(runnable, "backup-" + pool + "-lister-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    void submit(Runnable listing) {
        pending.add(listers.submit(listing));
    }

    /** Waits for every listing, including those submitted while waiting; rethrows the first failure. */
    void awaitAll() throws InterruptedException {
        Future<?> next;
        while ((next = pending.poll()) != null) {
            try {
                next.get();
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException cause ? cause
                        : new IllegalStateException("listing failed: " + e.getCause(), e.getCause());
            }
        }
    }

    @Override
    public void close() {
        listers.shutdownNow();
    }
}
