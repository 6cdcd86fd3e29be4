package io.velerojava.engine.podvolume;

/** A BackupRepository did not become Ready; the message names it and says why. */
public final class RepositoryNotReadyException extends Exception {

    public RepositoryNotReadyException(String message) {
        super(message);
    }
}
