package io.velerojava.repository.snapshot;

import java.util.concurrent.atomic.AtomicLong;

/** Counts bytes and files done from many threads and reports to a listener, throttled. */
final class ProgressTracker {

    private static final long REPORT_INTERVAL_NANOS = 250_000_000L;

    private final ProgressListener listener;
    private final long totalBytes;
    private final long totalFiles;
    private final AtomicLong bytesDone = new AtomicLong();
    private final AtomicLong filesDone = new AtomicLong();
    private final AtomicLong lastReport = new AtomicLong(System.nanoTime());

    ProgressTracker(ProgressListener listener, long totalBytes, long totalFiles) {
        this.listener = listener;
        this.totalBytes = totalBytes;
        this.totalFiles = totalFiles;
    }

    void addBytes(long bytes) {
        bytesDone.addAndGet(bytes);
        maybeReport();
    }

    void fileDone() {
        filesDone.incrementAndGet();
        maybeReport();
    }

    void finish() {
        report();
    }

    private void maybeReport() {
        long last = lastReport.get();
        long now = System.nanoTime();
        if (now - last >= REPORT_INTERVAL_NANOS && lastReport.compareAndSet(last, now)) {
            report();
        }
    }

    private synchronized void report() {
        listener.onProgress(new Progress(bytesDone.get(), Math.max(totalBytes, bytesDone.get()), filesDone.get(),
                Math.max(totalFiles, filesDone.get())));
    }
}
