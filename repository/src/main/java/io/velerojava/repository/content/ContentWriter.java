package io.velerojava.repository.content;

import io.velerojava.repository.blob.BlobStorage;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The write path of one session: deduplicates contents against the loaded index and against itself, seals them,
 * groups them into packs of about {@code packTargetSize} bytes and, after the packs are stored, writes new index
 * blobs naming them. Shared index blobs are never rewritten, so concurrent sessions cannot lose each other's entries.
 * Safe for use by many threads.
 */
public final class ContentWriter {

    /** Writing an index every few dozen packs bounds what a crash leaves unindexed, without many tiny indexes. */
    private static final int PACKS_PER_INDEX = 32;

    private final BlobStorage storage;
    private final ContentCodec codec;
    private final ContentIndex existing;
    private final int packTargetSize;
    private final Clock clock;
    private final Map<ContentId, Boolean> writtenThisSession = new ConcurrentHashMap<>();
    private final List<IndexEntry> unindexed = new ArrayList<>();
    private int unindexedPacks;
    private PackBuilder currentPack;

    private final AtomicLong newContents = new AtomicLong();
    private final AtomicLong newBytes = new AtomicLong();
    private final AtomicLong storedBytes = new AtomicLong();
    private final AtomicLong reusedContents = new AtomicLong();

    public ContentWriter(BlobStorage storage, ContentCodec codec, ContentIndex existing, int packTargetSize,
            Clock clock) {
        this.storage = storage;
        this.codec = codec;
        this.existing = existing;
        this.packTargetSize = packTargetSize;
        this.clock = clock;
        this.currentPack = new PackBuilder(packTargetSize);
    }

    /** Stores {@code data[offset, offset+length)} unless an identical content exists; returns its ID. */
    public ContentId write(byte[] data, int offset, int length) throws IOException {
        ContentId id = codec.idOf(data, offset, length);
        if (existing.hasLive(id) || writtenThisSession.putIfAbsent(id, Boolean.TRUE) != null) {
            reusedContents.incrementAndGet();
            return id;
        }
        byte[] record = codec.seal(id, data, offset, length);
        newContents.incrementAndGet();
        newBytes.addAndGet(length);
        addRecord(id, record);
        return id;
    }

    /** Adds an already sealed record without deduplication (maintenance uses this to repack live contents). */
    public void copyRecord(ContentId id, byte[] record) throws IOException {
        addRecord(id, record);
    }

    private void addRecord(ContentId id, byte[] record) throws IOException {
        storedBytes.addAndGet(record.length);
        PackBuilder full = null;
        synchronized (this) {
            if (!currentPack.isEmpty() && currentPack.size() + record.length > packTargetSize) {
                full = currentPack;
                currentPack = new PackBuilder(packTargetSize);
            }
            currentPack.add(id, record);
        }
        if (full != null) {
            store(full);
        }
    }

    /** Stores the open pack and indexes everything stored so far. Call before writing anything that refers to it. */
    public void flush() throws IOException {
        PackBuilder last;
        synchronized (this) {
            last = currentPack;
            currentPack = new PackBuilder(packTargetSize);
        }
        if (!last.isEmpty()) {
            store(last);
        }
        writeIndex();
    }

    private void store(PackBuilder pack) throws IOException {
        long now = clock.millis();
        String name = BlobLayout.newPackName(now);
        storage.put(name, pack.finish(codec.metadataCipher()));
        boolean indexDue;
        synchronized (this) {
            for (PackBuilder.PackedContent content : pack.contents()) {
                unindexed.add(new IndexEntry(content.id(), name, content.offset(), content.length(), now, false));
            }
            indexDue = ++unindexedPacks >= PACKS_PER_INDEX;
        }
        if (indexDue) {
            writeIndex();
        }
    }

    private void writeIndex() throws IOException {
        List<IndexEntry> entries;
        synchronized (this) {
            entries = List.copyOf(unindexed);
            unindexed.clear();
            unindexedPacks = 0;
        }
        if (!entries.isEmpty()) {
            storage.put(BlobLayout.newIndexName(clock.millis()),
                    new IndexBlob(entries, Map.of()).seal(codec.metadataCipher()));
        }
    }

    public WriteStats stats() {
        return new WriteStats(newContents.get(), newBytes.get(), storedBytes.get(), reusedContents.get());
    }

    /** What a session added: new contents, their plaintext and stored (compressed, encrypted) sizes, reuses. */
    public record WriteStats(long newContents, long newBytes, long storedBytes, long reusedContents) {
    }
}
