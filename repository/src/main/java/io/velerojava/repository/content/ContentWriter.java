package io.velerojava.repository.content;

import io.velerojava.repository.blob.BlobStorage;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The write path of one session: deduplicates contents against the loaded index and against itself, seals them,
 * groups them into packs of about {@code packTargetSize} bytes and, after the packs are stored, writes new index
 * blobs naming them. Shared index blobs are never rewritten, so concurrent sessions cannot lose each other's entries.
 * Full packs are stored by background threads so that hashing and encryption go on while a pack is uploaded (or
 * synced to disk). Safe for use by many threads; {@link #close} stops the upload threads.
 */
public final class ContentWriter implements AutoCloseable {

    /** Writing an index every few dozen packs bounds what a crash leaves unindexed, without many tiny indexes. */
    private static final int PACKS_PER_INDEX = 32;
    private static final int UPLOAD_THREADS = 2;
    /**
     * Packs sealed but not yet stored, the ones being stored included; bounds memory to about this many pack sizes
     * plus the one being filled. One per upload thread keeps both busy while the next pack fills (it was 4: two more
     * 16 MiB packs held in memory for no measurable gain in throughput).
     */
    private static final int MAX_PENDING_UPLOADS = UPLOAD_THREADS;

    private final BlobStorage storage;
    private final ContentCodec codec;
    private final ContentIndex existing;
    private final MetadataCache cache;
    private final int packTargetSize;
    private final Clock clock;
    private final Map<ContentId, Boolean> writtenThisSession = new ConcurrentHashMap<>();
    private final List<IndexEntry> unindexed = new ArrayList<>();
    private int unindexedPacks;
    private PackBuilder currentPack;
    private final ExecutorService uploads;
    private final Semaphore uploadSlots = new Semaphore(MAX_PENDING_UPLOADS);
    private final List<Future<?>> pendingUploads = new ArrayList<>();

    private final AtomicLong newContents = new AtomicLong();
    private final AtomicLong newBytes = new AtomicLong();
    private final AtomicLong storedBytes = new AtomicLong();
    private final AtomicLong reusedContents = new AtomicLong();

    public ContentWriter(BlobStorage storage, ContentCodec codec, ContentIndex existing, int packTargetSize,
            Clock clock) {
        this(storage, codec, existing, MetadataCache.NONE, packTargetSize, clock);
    }

    /** {@code cache} receives the records of new trees and chunk lists ({@link #writeMetadata}). */
    public ContentWriter(BlobStorage storage, ContentCodec codec, ContentIndex existing, MetadataCache cache,
            int packTargetSize, Clock clock) {
        this.storage = storage;
        this.codec = codec;
        this.existing = existing;
        this.cache = cache;
        this.packTargetSize = packTargetSize;
        this.clock = clock;
        this.currentPack = new PackBuilder();
        this.uploads = Executors.newFixedThreadPool(UPLOAD_THREADS, task -> {
            Thread thread = new Thread(task, "pack-upload");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Stores {@code data[offset, offset+length)} unless an identical content exists; returns its ID. */
    public ContentId write(byte[] data, int offset, int length) throws IOException {
        return write(data, offset, length, false);
    }

    /** As {@link #write}, for a tree or chunk list: a new one is also put in the local cache for later reads. */
    public ContentId writeMetadata(byte[] data, int offset, int length) throws IOException {
        return write(data, offset, length, true);
    }

    private ContentId write(byte[] data, int offset, int length, boolean metadata) throws IOException {
        ContentId id = codec.idOf(data, offset, length);
        if (existing.hasLive(id) || writtenThisSession.putIfAbsent(id, Boolean.TRUE) != null) {
            reusedContents.incrementAndGet();
            return id;
        }
        byte[] record = codec.seal(id, data, offset, length);
        newContents.incrementAndGet();
        newBytes.addAndGet(length);
        addRecord(id, record);
        if (metadata) {
            cache.putContent(id, record);
        }
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
                currentPack = new PackBuilder();
            }
            currentPack.add(id, record);
        }
        if (full != null) {
            storeInBackground(full);
        }
    }

    private void storeInBackground(PackBuilder pack) throws IOException {
        throwIfUploadFailed();
        uploadSlots.acquireUninterruptibly();
        Future<?> upload = uploads.submit(() -> {
            try {
                store(pack);
                return null;
            } finally {
                uploadSlots.release();
            }
        });
        synchronized (pendingUploads) {
            pendingUploads.add(upload);
        }
    }

    private void throwIfUploadFailed() throws IOException {
        List<Future<?>> done;
        synchronized (pendingUploads) {
            done = pendingUploads.stream().filter(Future::isDone).toList();
            pendingUploads.removeAll(done);
        }
        for (Future<?> upload : done) {
            awaitUpload(upload);
        }
    }

    private static void awaitUpload(Future<?> upload) throws IOException {
        try {
            upload.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while storing a pack");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw new IOException("storing a pack failed: " + io.getMessage(), io);
            }
            throw new IllegalStateException("storing a pack failed", e.getCause());
        }
    }

    /** Stores the open pack and indexes everything stored so far. Call before writing anything that refers to it. */
    public void flush() throws IOException {
        PackBuilder last;
        synchronized (this) {
            last = currentPack;
            currentPack = new PackBuilder();
        }
        if (!last.isEmpty()) {
            storeInBackground(last);
        }
        List<Future<?>> uploadsToWaitFor;
        synchronized (pendingUploads) {
            uploadsToWaitFor = List.copyOf(pendingUploads);
            pendingUploads.clear();
        }
        for (Future<?> upload : uploadsToWaitFor) {
            awaitUpload(upload);
        }
        writeIndex();
    }

    @Override
    public void close() {
        uploads.shutdownNow();
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
            String name = BlobLayout.newIndexName(clock.millis());
            byte[] sealed = new IndexBlob(entries, Map.of()).seal(codec.metadataCipher());
            storage.put(name, sealed);
            cache.putBlob(name, sealed);
        }
    }

    /** The index this writer deduplicates against (loaded when the session started). */
    public ContentIndex index() {
        return existing;
    }

    public WriteStats stats() {
        return new WriteStats(newContents.get(), newBytes.get(), storedBytes.get(), reusedContents.get());
    }

    /** What a session added: new contents, their plaintext and stored (compressed, encrypted) sizes, reuses. */
    public record WriteStats(long newContents, long newBytes, long storedBytes, long reusedContents) {
    }
}
