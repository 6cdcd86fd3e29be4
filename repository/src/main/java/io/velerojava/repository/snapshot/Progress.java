package io.velerojava.repository.snapshot;

/**
 * How far a snapshot or restore is. Totals come from a quick scan before the data is read (snapshot) or from the
 * snapshot's statistics (restore); files whose data is reused count as done at once.
 */
public record Progress(long bytesDone, long totalBytes, long filesDone, long totalFiles) {
}
