package io.velerojava.repository.snapshot;

/** Whether a restore sets file owners (uid/gid) from the snapshot; that needs root or CAP_CHOWN. */
public enum OwnershipPolicy {
    /** Set owners; where that is not permitted, the restore goes on and reports a warning. */
    RESTORE,
    /** Leave files owned by the restoring user. */
    IGNORE
}
