package io.velerojava.repository.content;

/**
 * Sizes for content-defined chunking. They are fixed when the repository is created (stored in its config): changing
 * them would move every cut point and defeat deduplication against older snapshots.
 */
public record ChunkerParameters(int minSize, int averageSize, int maxSize) {

    /** 512 KiB / 1 MiB / 8 MiB: few enough chunks to keep the index small, small enough to dedupe edits. */
    public static final ChunkerParameters DEFAULT = new ChunkerParameters(512 * 1024, 1024 * 1024, 8 * 1024 * 1024);

    public ChunkerParameters {
        if (minSize < 64 || averageSize <= minSize || maxSize <= averageSize) {
            throw new IllegalArgumentException("chunk sizes need 64 <= min < average < max, got " + minSize + "/"
                    + averageSize + "/" + maxSize);
        }
        if (Integer.bitCount(averageSize) != 1) {
            throw new IllegalArgumentException("the average chunk size must be a power of two, got " + averageSize);
        }
        if (maxSize > 64 * 1024 * 1024) {
            throw new IllegalArgumentException("the maximum chunk size is at most 64 MiB, got " + maxSize);
        }
    }
}
