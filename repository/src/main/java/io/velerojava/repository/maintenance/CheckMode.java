package io.velerojava.repository.maintenance;

/** How deep {@code check} looks. */
public enum CheckMode {
    /**
     * Structure only: every index, manifest, tree and chunk list decrypts and parses; every referenced content is
     * indexed and its pack exists and is long enough. Reads metadata, not file data.
     */
    QUICK,
    /** Also reads every pack: each trailer and each record decrypts and hashes to its content ID. */
    FULL
}
