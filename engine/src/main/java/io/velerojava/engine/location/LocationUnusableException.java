package io.velerojava.engine.location;

/** A backup storage location cannot be opened as configured; the message names the location and what to fix. */
public final class LocationUnusableException extends RuntimeException {

    public LocationUnusableException(String message) {
        super(message);
    }

    public LocationUnusableException(String message, Throwable cause) {
        super(message, cause);
    }
}
