package io.velerojava.storage;

/** A failure that may pass if the operation is tried again: throttling, a server error, a reset or timed-out call. */
public class TransientStorageException extends ObjectStoreException {

    public TransientStorageException(String message, Throwable cause) {
        super(message, cause);
    }
}
