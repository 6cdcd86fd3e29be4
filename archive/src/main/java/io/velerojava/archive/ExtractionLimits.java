package io.velerojava.archive;

/**
 * Upper bounds that keep a hostile or broken tarball from filling the disk. Exceeding one fails the extraction
 * with a {@link RejectedEntryException} naming the entry.
 *
 * @param maxEntryBytes     largest single entry; Kubernetes objects are at most ~1.5 MiB (etcd's request limit).
 *                          An entry is held in memory while it is extracted, so this is at most
 *                          {@value #MAX_ENTRY_BYTES_CEILING}
 * @param maxExtractedBytes sum of all entry sizes
 * @param maxEntries        number of entries (each item is stored twice)
 */
public record ExtractionLimits(long maxEntryBytes, long maxExtractedBytes, long maxEntries) {

    /** The largest array the JVM reliably allocates. */
    public static final long MAX_ENTRY_BYTES_CEILING = Integer.MAX_VALUE - 8;
    private static final long MIB = 1024L * 1024;

    public ExtractionLimits {
        if (maxEntryBytes <= 0 || maxExtractedBytes <= 0 || maxEntries <= 0) {
            throw new IllegalArgumentException("extraction limits must be positive: " + maxEntryBytes + ", "
                    + maxExtractedBytes + ", " + maxEntries);
        }
        if (maxEntryBytes > MAX_ENTRY_BYTES_CEILING) {
            throw new IllegalArgumentException("the per-entry extraction limit is at most " + MAX_ENTRY_BYTES_CEILING
                    + " bytes, got " + maxEntryBytes);
        }
    }

    /** 32 MiB per entry, 32 GiB in total, 10 million entries: far above any real backup. */
    public static ExtractionLimits defaults() {
        return new ExtractionLimits(32 * MIB, 32 * 1024 * MIB, 10_000_000);
    }
}
