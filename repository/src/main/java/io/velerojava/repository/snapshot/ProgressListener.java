package io.velerojava.repository.snapshot;

/**
 * Hears about progress, at most a few times per second and once at the end. Called from worker threads, one call at
 * a time.
 */
@FunctionalInterface
public interface ProgressListener {

    ProgressListener NONE = progress -> { };

    void onProgress(Progress progress);
}
