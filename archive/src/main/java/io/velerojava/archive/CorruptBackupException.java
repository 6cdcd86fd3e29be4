package io.velerojava.archive;

import java.io.IOException;

/** The tarball cannot be read as a backup: bad or truncated gzip/tar data, or an item that is not JSON. */
public class CorruptBackupException extends IOException {

    public CorruptBackupException(String message) {
        super(message);
    }

    public CorruptBackupException(String message, Throwable cause) {
        super(message, cause);
    }
}
