package io.velerojava.storage;

import java.io.IOException;

/**
 * Thrown by {@link DeclaredLengthInputStream} when the data is shorter or longer than declared. Providers look for
 * it in a failure's causes to report a caller error rather than a transient network failure.
 */
public class LengthMismatchException extends IOException {

    public LengthMismatchException(String message) {
        super(message);
    }

    /** True if {@code failure} or one of its causes is a length mismatch. */
    public static boolean isCauseOf(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof LengthMismatchException) {
                return true;
            }
        }
        return false;
    }
}
