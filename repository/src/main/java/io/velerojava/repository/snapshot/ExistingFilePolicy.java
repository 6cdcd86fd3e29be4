package io.velerojava.repository.snapshot;

/**
 * What a restore does when the target already has something at a path it restores. Existing directories are always
 * restored into; a directory is never replaced by a file (that would delete data the snapshot does not hold).
 */
public enum ExistingFilePolicy {
    /** Replace the existing file or symlink (a symlink is replaced, never followed). */
    OVERWRITE,
    /** Keep the existing file and leave that entry out. */
    SKIP,
    /** Stop the restore with an error naming the path. */
    FAIL
}
