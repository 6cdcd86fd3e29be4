package io.velerojava.storage.filesystem;

import io.velerojava.storage.ObjectStoreException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Maps object keys to files under one bucket directory and back, and refuses every key that could name a file
 * outside it. Keys come from Kubernetes object names and CLI arguments, so they are untrusted.
 */
final class BucketDirectory {

    /** Files being written carry this name prefix until they are renamed into place; listings skip them. */
    static final String STAGING_PREFIX = ".velero-tmp-";

    private final Path root;

    BucketDirectory(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    Path root() {
        return root;
    }

    /** Fails unless the bucket directory exists, as a cloud store fails on a missing bucket. */
    void requireExists() {
        if (!Files.isDirectory(root)) {
            throw new ObjectStoreException("bucket directory " + root + " does not exist; create it or correct the"
                    + " location's fspath and bucket");
        }
    }

    /** The file of an object key. */
    Path fileOf(String key) {
        checkKey(key, false);
        return root.resolve(key);
    }

    /** The directory that holds every key starting with {@code prefix} ({@code a/b} and {@code a/bc} are in a/). */
    Path directoryOf(String prefix) {
        checkKey(prefix, true);
        int slash = prefix.lastIndexOf('/');
        return slash < 0 ? root : root.resolve(prefix.substring(0, slash));
    }

    /** The key of a file under the root. */
    String keyOf(Path file) {
        return root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
    }

    static boolean isStaging(Path file) {
        return file.getFileName().toString().startsWith(STAGING_PREFIX);
    }

    /**
     * Rejects absolute keys, backslashes, NUL, and empty, {@code .} or {@code ..} segments. A prefix may be empty
     * and may end with {@code /} or a partial segment.
     */
    private static void checkKey(String key, boolean isPrefix) {
        if (key.isEmpty()) {
            if (isPrefix) {
                return;
            }
            throw invalid(key, "it is empty");
        }
        if (key.startsWith("/")) {
            throw invalid(key, "it is absolute (starts with '/')");
        }
        if (key.indexOf('\\') >= 0) {
            throw invalid(key, "it contains a backslash");
        }
        if (key.indexOf('\0') >= 0) {
            throw invalid(key, "it contains a NUL character");
        }
        String[] segments = key.split("/", -1);
        for (int i = 0; i < segments.length; i++) {
            String segment = segments[i];
            boolean last = i == segments.length - 1;
            if (segment.isEmpty() && !(last && isPrefix)) {
                throw invalid(key, last ? "it ends with '/'" : "it contains an empty path segment ('//')");
            }
            if (segment.equals(".") || segment.equals("..")) {
                throw invalid(key, "it contains a '" + segment + "' path segment");
            }
            if (segment.startsWith(STAGING_PREFIX)) {
                throw invalid(key, "segments starting with " + STAGING_PREFIX + " are reserved for uploads in progress");
            }
        }
    }

    private static IllegalArgumentException invalid(String key, String reason) {
        return new IllegalArgumentException("invalid object key \"" + key.replace("\0", "\\0")
                + "\" for a filesystem location: " + reason);
    }
}
