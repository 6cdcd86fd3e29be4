package io.velerojava.engine.restore.pipeline;

/** A restored CustomResourceDefinition did not become Established in time. */
public final class CrdNotEstablishedException extends RuntimeException {

    public CrdNotEstablishedException(String message, Throwable cause) {
        super(message, cause);
    }
}
