package io.velerojava.engine.restore.pipeline;

import io.velerojava.engine.restore.RestoreProgressListener;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts processed items and passes the count on at most once per interval, so a fast restore does not turn
 * into a stream of status updates.
 */
public final class ProgressReporter {

    private static final Logger LOG = LoggerFactory.getLogger(ProgressReporter.class);

    private final RestoreProgressListener listener;
    private final Clock clock;
    private final long intervalMillis;
    private final AtomicInteger processed = new AtomicInteger();
    private final AtomicLong lastReportMillis;
    private final AtomicInteger total = new AtomicInteger();

    public ProgressReporter(RestoreProgressListener listener, Clock clock, Duration interval) {
        this.listener = listener;
        this.clock = clock;
        this.intervalMillis = interval.toMillis();
        this.lastReportMillis = new AtomicLong(clock.millis());
    }

    /** Sets the total and reports it right away. */
    public void start(int totalItems) {
        total.set(totalItems);
        report();
    }

    public void itemProcessed() {
        processed.incrementAndGet();
        reportIfDue();
    }

    /** An item restored because another item brought it along: it counts towards the total too, as in Velero. */
    public void additionalItemProcessed() {
        total.incrementAndGet();
        processed.incrementAndGet();
        reportIfDue();
    }

    private void reportIfDue() {
        long now = clock.millis();
        long last = lastReportMillis.get();
        if (now - last >= intervalMillis && lastReportMillis.compareAndSet(last, now)) {
            report();
        }
    }

    public int processed() {
        return processed.get();
    }

    public int total() {
        return total.get();
    }

    /** Reports the final count. */
    public void finish() {
        report();
    }

    private void report() {
        try {
            listener.progressed(total.get(), processed.get());
        } catch (RuntimeException e) {
            // Progress is informational; a failed status update must not fail the restore.
            LOG.warn("cannot report restore progress: {}", e.getMessage());
        }
    }
}
