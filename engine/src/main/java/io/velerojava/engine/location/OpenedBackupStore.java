package io.velerojava.engine.location;

import io.velerojava.storage.ObjectStore;
import io.velerojava.storage.backup.BackupStore;

/** The backup store of a location, and the object store under it, which closing releases. */
public record OpenedBackupStore(BackupStore backupStore, ObjectStore objectStore) implements AutoCloseable {

    @Override
    public void close() {
        objectStore.close();
    }
}
