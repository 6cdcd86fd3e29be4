package io.velerojava.engine.backup;

/** Hears how far a running backup is, at most about once a second. */
@FunctionalInterface
public interface ProgressListener {

    /**
     * @param itemsBackedUp items written to the tarball so far
     * @param totalItems    items found so far; grows while resource types are still being listed
     */
    void progress(int itemsBackedUp, int totalItems);
}
