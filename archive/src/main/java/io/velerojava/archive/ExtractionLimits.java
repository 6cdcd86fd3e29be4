package io.velerojava.archive;

/**
 * Upper bounds that keep a hostile or broken tarball from filling the disk. Exceeding one fails the extraction
 * with a {@link RejectedEntryException} naming the entry.
 *
 * @param maxEntryBytes     largest single entry; Kubernetes objects are at most ~1.5 MiB (etcd's request limit)
 * @param maxExtractedBytes sum of all entry sizes
 * @param maxEntries        number of entries (each item is stored twice)
 */
public record ExtractionLimits(long maxEntryBytes, long maxExtractedBytes, long maxEntries) {

    private static final long MIB = 1024L * 1024;

    public ExtractionLimits {
        if (maxEntryBytes <= 0 || maxExtractedBytes <= 0 || maxEntries <= 0) {
            throw new IllegalArgumentException("extraction limits must be positive: " + maxEntryBytes + ", "
                    + maxExtractedBytes + ", " + maxEntries);
        }
    }

    /** 32 MiB per entry, 32 GiB in total, 10 million entries: far above any real backup. */
    public static ExtractionLimits defaults() {
        return new ExtractionLimits(32 * MIB, 32 * 1024 * MIB, 10_000_000);
    }
}
