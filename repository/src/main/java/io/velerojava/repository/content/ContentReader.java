package io.velerojava.repository.content;

import io.velerojava.repository.blob.BlobNotFoundException;
import io.velerojava.repository.blob.BlobStorage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Reads contents through the index: a ranged read of the pack, then decrypt, decompress and verify the hash. File
 * data is read in many contents at once by {@link #plan planning} ranges that cover neighbouring records of a pack, so
 * a restore of many small files issues one read per few MiB instead of one per file (one GET each on object storage).
 * Single contents ({@link #read(ContentId)}) are trees and chunk lists: they go through the {@link MetadataCache}.
 */
public final class ContentReader {

    /** Ranges stay below this (unless one record is larger), which bounds the memory of one read. */
    public static final int MAX_RANGE_LENGTH = 8 * 1024 * 1024;
    /** Unneeded bytes between two records that are read rather than starting a new range. */
    public static final int MAX_GAP = 256 * 1024;

    private final BlobStorage storage;
    private final ContentCodec codec;
    private final ContentIndex index;
    private final MetadataCache cache;

    public ContentReader(BlobStorage storage, ContentCodec codec, ContentIndex index) {
        this(storage, codec, index, MetadataCache.NONE);
    }

    public ContentReader(BlobStorage storage, ContentCodec codec, ContentIndex index, MetadataCache cache) {
        this.storage = storage;
        this.codec = codec;
        this.index = index;
        this.cache = cache;
    }

    /** Receives one content read as part of a range. */
    @FunctionalInterface
    public interface ContentConsumer {
        void accept(ContentId id, byte[] data) throws IOException;
    }

    /** Reads one content, a cached copy if there is one that opens (it is authenticated like a stored one). */
    public byte[] read(ContentId id) throws IOException {
        IndexEntry entry = locate(id);
        Optional<byte[]> cached = cache.content(id);
        if (cached.isPresent()) {
            try {
                return codec.open(id, cached.get(), "local cache");
            } catch (CorruptContentException e) {
                cache.forgetContent(id); // a damaged copy: read the stored record instead
            }
        }
        byte[] record = get(entry.pack(), entry.offset(), entry.length(), id);
        byte[] data = codec.open(id, record, "pack " + entry.pack() + " at offset " + entry.offset());
        cache.putContent(id, record);
        return data;
    }

    /**
     * Groups the records of {@code ids} into ranges: per pack in offset order, a record joins the previous range if it
     * starts at most {@link #MAX_GAP} bytes after it and the range stays within {@link #MAX_RANGE_LENGTH}. The ranges
     * are ordered by pack and offset, the order in which snapshots wrote them.
     */
    public List<PackRange> plan(Collection<ContentId> ids) throws CorruptContentException {
        Map<String, List<IndexEntry>> byPack = new TreeMap<>();
        for (ContentId id : ids) {
            IndexEntry entry = locate(id);
            byPack.computeIfAbsent(entry.pack(), pack -> new ArrayList<>()).add(entry);
        }
        List<PackRange> ranges = new ArrayList<>();
        for (Map.Entry<String, List<IndexEntry>> pack : byPack.entrySet()) {
            List<IndexEntry> entries = pack.getValue();
            entries.sort(Comparator.comparingInt(IndexEntry::offset));
            List<IndexEntry> current = new ArrayList<>();
            long start = 0;
            long end = 0;
            for (IndexEntry entry : entries) {
                long entryEnd = (long) entry.offset() + entry.length();
                if (!current.isEmpty() && (entry.offset() - end > MAX_GAP || entryEnd - start > MAX_RANGE_LENGTH)) {
                    ranges.add(new PackRange(pack.getKey(), start, (int) (end - start), current));
                    current = new ArrayList<>();
                }
                if (current.isEmpty()) {
                    start = entry.offset();
                }
                current.add(entry);
                end = Math.max(end, entryEnd);
            }
            ranges.add(new PackRange(pack.getKey(), start, (int) (end - start), current));
        }
        return ranges;
    }

    /** Reads one planned range and hands each of its contents, verified, to {@code consumer} in offset order. */
    public void read(PackRange range, ContentConsumer consumer) throws IOException {
        byte[] bytes = get(range.pack(), range.offset(), range.length(), range.records().get(0).id());
        for (IndexEntry entry : range.records()) {
            byte[] data = codec.open(entry.id(), bytes, (int) (entry.offset() - range.offset()), entry.length(),
                    "pack " + entry.pack() + " at offset " + entry.offset());
            consumer.accept(entry.id(), data);
        }
    }

    private IndexEntry locate(ContentId id) throws CorruptContentException {
        return index.find(id).orElseThrow(() -> new CorruptContentException(
                "content " + id + " is not in any index: the repository is missing data"));
    }

    private byte[] get(String pack, long offset, int length, ContentId firstContent) throws IOException {
        try {
            return storage.get(pack, offset, length);
        } catch (BlobNotFoundException e) {
            throw new CorruptContentException("content " + firstContent + " is in pack " + pack
                    + ", which does not exist", e);
        } catch (IllegalArgumentException e) {
            throw new CorruptContentException("content " + firstContent + " lies outside pack " + pack
                    + " (the pack is truncated)", e);
        }
    }
}
