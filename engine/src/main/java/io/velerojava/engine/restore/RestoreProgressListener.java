package io.velerojava.engine.restore;

/** Told how far a restore has got, at most about once a second and once at the end. */
@FunctionalInterface
public interface RestoreProgressListener {

    /**
     * @param totalItems    items the restore will process, known once the backup was read
     * @param itemsRestored items processed so far, whatever their outcome
     */
    void progressed(int totalItems, int itemsRestored);
}
