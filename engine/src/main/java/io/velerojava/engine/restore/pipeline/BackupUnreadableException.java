package io.velerojava.engine.restore.pipeline;

/** The backup's tarball cannot be downloaded or is not a safe, well-formed backup; nothing was restored. */
public final class BackupUnreadableException extends RuntimeException {

    public BackupUnreadableException(String message, Throwable cause) {
        super(message, cause);
    }
}
