package io.velerojava.storage.backup;

import io.velerojava.storage.ObjectStoreException;

/** A backup of the same name already has metadata in the location; its files are left untouched. */
public class BackupAlreadyExistsException extends ObjectStoreException {

    public BackupAlreadyExistsException(String message) {
        super(message);
    }
}
