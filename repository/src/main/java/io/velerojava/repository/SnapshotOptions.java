package io.velerojava.repository;

import io.velerojava.repository.snapshot.ProgressListener;

/**
 * How one snapshot runs.
 *
 * @param parentSnapshotId the previous snapshot of the same source (nullable); files unchanged since it (same size,
 *                         mtime and inode) are not read again
 * @param parallelFiles    files read and stored at once (Velero's {@code --parallel-files-upload})
 */
public record SnapshotOptions(String parentSnapshotId, int parallelFiles, ProgressListener progress) {

    public static final SnapshotOptions DEFAULT = new SnapshotOptions(null,
            Math.max(1, Runtime.getRuntime().availableProcessors()), ProgressListener.NONE);

    public SnapshotOptions {
        if (parallelFiles < 1) {
            throw new IllegalArgumentException("parallelFiles must be at least 1, got " + parallelFiles);
        }
    }

    public SnapshotOptions withParent(String snapshotId) {
        return new SnapshotOptions(snapshotId, parallelFiles, progress);
    }

    public SnapshotOptions withParallelFiles(int count) {
        return new SnapshotOptions(parentSnapshotId, count, progress);
    }

    public SnapshotOptions withProgress(ProgressListener listener) {
        return new SnapshotOptions(parentSnapshotId, parallelFiles, listener);
    }
}
