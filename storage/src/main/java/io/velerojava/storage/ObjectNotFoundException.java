package io.velerojava.storage;

/** The key names no object. */
public class ObjectNotFoundException extends ObjectStoreException {

    public ObjectNotFoundException(String message) {
        super(message);
    }

    public ObjectNotFoundException(String message, Throwable cause) {
        super(message, cause);
    }
}
