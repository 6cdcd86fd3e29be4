package io.velerojava.repository.content;

import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The one place that knows every blob name of the repository format. Time-stamped names
 * ({@code <13-digit epoch millis>-<32 hex random>}) let maintenance know a blob's age without reading it.
 */
public final class BlobLayout {

    public static final String CONFIG = "config";
    public static final String PACKS = "packs/";
    public static final String INDEXES = "indexes/";
    public static final String SNAPSHOTS = "snapshots/";
    public static final String SESSIONS = "sessions/";

    private static final SecureRandom RANDOM = new SecureRandom();

    private BlobLayout() {
    }

    public static String newPackName(long nowMillis) {
        return PACKS + timestamped(nowMillis);
    }

    public static String newIndexName(long nowMillis) {
        return INDEXES + timestamped(nowMillis);
    }

    public static String newSessionName(long nowMillis) {
        return SESSIONS + timestamped(nowMillis);
    }

    public static String newSnapshotId() {
        return randomHex();
    }

    public static String snapshotName(String snapshotId) {
        if (!snapshotId.matches("[0-9a-f]{32}")) {
            throw new IllegalArgumentException("a snapshot ID is 32 lowercase hex digits, got '" + snapshotId + "'");
        }
        return SNAPSHOTS + snapshotId;
    }

    public static String snapshotIdOf(String blobName) {
        return blobName.substring(SNAPSHOTS.length());
    }

    /** The creation time encoded in a time-stamped blob name. */
    public static long createdAtMillis(String blobName) {
        String last = blobName.substring(blobName.lastIndexOf('/') + 1);
        int dash = last.indexOf('-');
        if (dash != 13) {
            throw new IllegalArgumentException("blob '" + blobName + "' has no time-stamped name");
        }
        return Long.parseLong(last.substring(0, dash));
    }

    private static String timestamped(long nowMillis) {
        return String.format("%013d-%s", nowMillis, randomHex());
    }

    private static String randomHex() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
