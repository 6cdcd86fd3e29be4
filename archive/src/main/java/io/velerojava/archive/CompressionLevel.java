package io.velerojava.archive;

/**
 * The gzip (deflate) level of a tarball. Any level produces the same format; readers cannot tell them apart.
 *
 * <p>{@link #FAST} is the default: item JSON compresses well even at level 1 and the writer sits on the
 * backup's critical path, so CPU spent on deflate is items/s lost (measurements in
 * {@code docs/design/backup-tarball.md}). Velero writes at Go's default, level 6 ({@link #BALANCED}).
 */
public enum CompressionLevel {
    FAST(1),
    BALANCED(6),
    SMALLEST(9);

    private final int deflateLevel;

    CompressionLevel(int deflateLevel) {
        this.deflateLevel = deflateLevel;
    }

    public int deflateLevel() {
        return deflateLevel;
    }
}
