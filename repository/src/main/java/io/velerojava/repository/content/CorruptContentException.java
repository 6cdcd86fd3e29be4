package io.velerojava.repository.content;

import java.io.IOException;

/**
 * Stored data failed authentication or did not hash to its ID: it was damaged or tampered with. The message names
 * the blob (and content) so an operator can find it; nothing built from such data is ever returned.
 */
public class CorruptContentException extends IOException {

    public CorruptContentException(String message) {
        super(message);
    }

    public CorruptContentException(String message, Throwable cause) {
        super(message, cause);
    }
}
