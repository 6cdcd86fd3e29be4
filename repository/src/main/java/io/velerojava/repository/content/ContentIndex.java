package io.velerojava.repository.content;

import io.velerojava.repository.blob.BlobInfo;
import io.velerojava.repository.blob.BlobNotFoundException;
import io.velerojava.repository.blob.BlobStorage;
import java.io.IOException;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The merged view of every index blob: for each content ID the winning entry (latest timestamp), and the packs
 * maintenance has retired. Immutable once loaded.
 */
public final class ContentIndex {

    private static final int LOAD_ATTEMPTS = 5;

    private final Map<ContentId, IndexEntry> winners;
    private final Map<String, Long> retiredPacks;
    private final List<String> indexBlobNames;

    private ContentIndex(Map<ContentId, IndexEntry> winners, Map<String, Long> retiredPacks,
            List<String> indexBlobNames) {
        this.winners = winners;
        this.retiredPacks = retiredPacks;
        this.indexBlobNames = indexBlobNames;
    }

    /**
     * Reads and merges all index blobs. Maintenance may delete index blobs it has compacted while we list them; a
     * vanished blob means its entries now live in a newer one, so we list again.
     */
    public static ContentIndex load(BlobStorage storage, AuthenticatedCipher cipher) throws IOException {
        return load(storage, cipher, MetadataCache.NONE);
    }

    /**
     * As {@link #load(BlobStorage, AuthenticatedCipher)}, taking index blobs from {@code cache} when it has them (index
     * blobs never change) and keeping there only those the storage still lists.
     */
    public static ContentIndex load(BlobStorage storage, AuthenticatedCipher cipher, MetadataCache cache)
            throws IOException {
        for (int attempt = 1; ; attempt++) {
            try {
                return loadOnce(storage, cipher, cache);
            } catch (BlobNotFoundException e) {
                if (attempt == LOAD_ATTEMPTS) {
                    throw new IOException("index blobs kept disappearing while loading the index (is maintenance"
                            + " running in a loop?)", e);
                }
            }
        }
    }

    private static ContentIndex loadOnce(BlobStorage storage, AuthenticatedCipher cipher, MetadataCache cache)
            throws IOException {
        Map<ContentId, IndexEntry> winners = new HashMap<>();
        Map<String, Long> retired = new HashMap<>();
        List<String> names = storage.list(BlobLayout.INDEXES).stream().map(BlobInfo::name).sorted().toList();
        cache.retainOnly(BlobLayout.INDEXES, names);
        for (String name : names) {
            IndexBlob blob = open(storage, cipher, cache, name);
            for (IndexEntry entry : blob.entries()) {
                winners.merge(entry.id(), entry, (current, candidate) -> candidate.supersedes(current) ? candidate : current);
            }
            blob.retiredPacks().forEach((pack, since) -> retired.merge(pack, since, Math::max));
        }
        return new ContentIndex(winners, retired, names);
    }

    private static IndexBlob open(BlobStorage storage, AuthenticatedCipher cipher, MetadataCache cache, String name)
            throws IOException {
        Optional<byte[]> cached = cache.blob(name);
        if (cached.isPresent()) {
            try {
                return IndexBlob.open(name, cached.get(), cipher);
            } catch (CorruptContentException e) {
                cache.forget(name); // a damaged copy: read the stored blob instead
            }
        }
        byte[] stored = storage.get(name);
        IndexBlob blob = IndexBlob.open(name, stored, cipher);
        cache.putBlob(name, stored);
        return blob;
    }

    public static ContentIndex empty() {
        return new ContentIndex(Map.of(), Map.of(), List.of());
    }

    public Optional<IndexEntry> find(ContentId id) {
        return Optional.ofNullable(winners.get(id));
    }

    /** Whether a writer may reuse this content instead of storing it again. */
    public boolean hasLive(ContentId id) {
        IndexEntry entry = winners.get(id);
        return entry != null && !entry.deleted();
    }

    public Collection<IndexEntry> entries() {
        return Collections.unmodifiableCollection(winners.values());
    }

    public Map<String, Long> retiredPacks() {
        return Collections.unmodifiableMap(retiredPacks);
    }

    /** The index blobs this view was merged from (maintenance deletes exactly these after compacting). */
    public List<String> indexBlobNames() {
        return indexBlobNames;
    }
}
