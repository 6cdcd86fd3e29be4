package io.velerojava.storage.backup;

import io.velerojava.storage.ObjectStoreException;

/** The location's prefix holds top-level directories that are not Velero's, so it is not a backup store. */
public class InvalidBackupStoreException extends ObjectStoreException {

    public InvalidBackupStoreException(String message) {
        super(message);
    }
}
