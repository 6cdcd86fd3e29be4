package io.velerojava.repository.blob;

import java.util.regex.Pattern;

/** Validates blob names against the {@link BlobStorage} contract, so that no name can escape a storage root. */
final class BlobNames {

    private static final Pattern VALID = Pattern.compile("[a-z0-9._-]+(/[a-z0-9._-]+)*");
    private static final Pattern VALID_PREFIX = Pattern.compile("([a-z0-9._-]+/)*[a-z0-9._-]*");

    private BlobNames() {
    }

    static String requireValid(String name) {
        if (name == null || !VALID.matcher(name).matches() || name.contains("..")) {
            throw new IllegalArgumentException("invalid blob name '" + name
                    + "': expected /-separated segments of [a-z0-9._-] without '..'");
        }
        return name;
    }

    static String requireValidPrefix(String prefix) {
        if (!VALID_PREFIX.matcher(prefix).matches() || prefix.contains("..")) {
            throw new IllegalArgumentException("invalid blob name prefix '" + prefix + "'");
        }
        return prefix;
    }

    static void checkRange(String name, long blobLength, long offset, int length) {
        if (offset < 0 || length < 0 || offset + length > blobLength) {
            throw new IllegalArgumentException("range [" + offset + ", " + (offset + length) + ") is outside blob '"
                    + name + "' of " + blobLength + " bytes");
        }
    }
}
