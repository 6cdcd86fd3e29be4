package io.velerojava.repository.content;

/**
 * Where a content is stored. {@code timestampMillis} is when this entry was written; for one content ID the entry
 * with the latest timestamp wins. A {@code deleted} entry is a tombstone written by maintenance: the content still
 * exists in its pack (and can still be read) but writers must not deduplicate against it.
 */
public record IndexEntry(ContentId id, String pack, int offset, int length, long timestampMillis, boolean deleted) {

    /** Whether this entry supersedes {@code other} (same content ID); on a tie the live entry wins. */
    public boolean supersedes(IndexEntry other) {
        if (timestampMillis != other.timestampMillis) {
            return timestampMillis > other.timestampMillis;
        }
        return !deleted && other.deleted;
    }

    public IndexEntry asTombstone(long nowMillis) {
        return new IndexEntry(id, pack, offset, length, nowMillis, true);
    }

    public IndexEntry asLive(long nowMillis) {
        return new IndexEntry(id, pack, offset, length, nowMillis, false);
    }
}
