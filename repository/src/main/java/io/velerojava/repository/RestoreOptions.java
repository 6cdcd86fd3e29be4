package io.velerojava.repository;

import io.velerojava.repository.snapshot.ExistingFilePolicy;
import io.velerojava.repository.snapshot.OwnershipPolicy;
import io.velerojava.repository.snapshot.ProgressListener;

/** How one restore runs. */
public record RestoreOptions(int parallelFiles, ExistingFilePolicy existingFiles, OwnershipPolicy ownership,
        ProgressListener progress) {

    public static final RestoreOptions DEFAULT = new RestoreOptions(
            Math.max(1, Runtime.getRuntime().availableProcessors()), ExistingFilePolicy.OVERWRITE,
            OwnershipPolicy.RESTORE, ProgressListener.NONE);

    public RestoreOptions {
        if (parallelFiles < 1) {
            throw new IllegalArgumentException("parallelFiles must be at least 1, got " + parallelFiles);
        }
    }

    public RestoreOptions withExistingFiles(ExistingFilePolicy policy) {
        return new RestoreOptions(parallelFiles, policy, ownership, progress);
    }

    public RestoreOptions withOwnership(OwnershipPolicy policy) {
        return new RestoreOptions(parallelFiles, existingFiles, policy, progress);
    }

    public RestoreOptions withParallelFiles(int count) {
        return new RestoreOptions(count, existingFiles, ownership, progress);
    }

    public RestoreOptions withProgress(ProgressListener listener) {
        return new RestoreOptions(parallelFiles, existingFiles, ownership, listener);
    }
}
