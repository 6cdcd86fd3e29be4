package io.velerojava.engine.restore.modifier;

/** The resource modifiers of a restore cannot be used: their ConfigMap is missing or its rules are malformed. */
public final class InvalidResourceModifiersException extends Exception {

    public InvalidResourceModifiersException(String message) {
        super(message);
    }
}
