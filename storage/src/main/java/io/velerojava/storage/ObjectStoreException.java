package io.velerojava.storage;

/** An object store operation failed; the message names the bucket and key or prefix and, where known, the cause. */
public class ObjectStoreException extends RuntimeException {

    public ObjectStoreException(String message) {
        super(message);
    }

    public ObjectStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
