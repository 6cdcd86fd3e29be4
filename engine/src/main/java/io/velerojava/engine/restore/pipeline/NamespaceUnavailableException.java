package io.velerojava.engine.restore.pipeline;

/** A namespace items should be restored into cannot be made available. */
public final class NamespaceUnavailableException extends RuntimeException {

    public NamespaceUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
