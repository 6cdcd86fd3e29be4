package io.velerojava.engine.backup;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Tells the {@link ProgressListener} about progress once a second, and only when it changed. */
final class ProgressReporter implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ProgressReporter.class);

    private final ProgressListener listener;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "backup-progress");
        thread.setDaemon(true);
        return thread;
    });
    private long lastReported = -1;

    ProgressReporter(ProgressListener listener) {
        this.listener = listener;
    }

    void start(IntSupplier itemsBackedUp, IntSupplier totalItems) {
        timer.scheduleWithFixedDelay(() -> report(itemsBackedUp.getAsInt(), totalItems.getAsInt()), 1, 1,
                TimeUnit.SECONDS);
    }

    private void report(int backedUp, int total) {
        long current = ((long) backedUp << 32) | total;
        if (current == lastReported) {
            return;
        }
        lastReported = current;
        try {
            listener.progress(backedUp, total);
        } catch (RuntimeException e) {
            // Progress is best effort; the backup goes on.
            log.warn("cannot report backup progress: {}", e.getMessage());
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
