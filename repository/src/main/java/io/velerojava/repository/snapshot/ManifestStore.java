package io.velerojava.repository.snapshot;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.velerojava.repository.blob.BlobInfo;
import io.velerojava.repository.blob.BlobNotFoundException;
import io.velerojava.repository.blob.BlobStorage;
import io.velerojava.repository.content.AuthenticatedCipher;
import io.velerojava.repository.content.BlobLayout;
import io.velerojava.repository.content.CorruptContentException;
import io.velerojava.repository.content.MetadataCache;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Stores snapshot manifests, each sealed in its own blob {@code snapshots/<32 hex id>}. Manifests never change, so
 * reads are served from the local {@link MetadataCache} when it has them.
 */
public final class ManifestStore {

    private static final byte[] AAD = "velero-java snapshot".getBytes(StandardCharsets.US_ASCII);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final BlobStorage storage;
    private final AuthenticatedCipher cipher;
    private final MetadataCache cache;

    public ManifestStore(BlobStorage storage, AuthenticatedCipher cipher) {
        this(storage, cipher, MetadataCache.NONE);
    }

    public ManifestStore(BlobStorage storage, AuthenticatedCipher cipher, MetadataCache cache) {
        this.storage = storage;
        this.cipher = cipher;
        this.cache = cache;
    }

    /** Stores a manifest and returns its new snapshot ID. */
    public String write(SnapshotManifest manifest) throws IOException {
        String id = BlobLayout.newSnapshotId();
        String name = BlobLayout.snapshotName(id);
        byte[] sealed = cipher.seal(AAD, JSON.writeValueAsBytes(manifest));
        storage.put(name, sealed);
        cache.putBlob(name, sealed);
        return id;
    }

    /**
     * Reads one manifest. A cached copy is used only while the storage still has the blob: a snapshot deleted
     * elsewhere may have lost its data to maintenance, so it must not serve as a parent or be restored.
     */
    public SnapshotManifest read(String snapshotId) throws IOException {
        String name = BlobLayout.snapshotName(snapshotId);
        Optional<byte[]> cached = cache.blob(name);
        if (cached.isPresent() && !storage.exists(name)) {
            cache.forget(name);
            throw new IllegalArgumentException("snapshot " + snapshotId + " does not exist");
        }
        return read(snapshotId, name, cached);
    }

    private SnapshotManifest read(String snapshotId, String name, Optional<byte[]> cached) throws IOException {
        if (cached.isPresent()) {
            try {
                return parse(name, cached.get());
            } catch (CorruptContentException e) {
                cache.forget(name); // a damaged copy: read the stored blob instead
            }
        }
        byte[] sealed;
        try {
            sealed = storage.get(name);
        } catch (BlobNotFoundException e) {
            cache.forget(name);
            throw new IllegalArgumentException("snapshot " + snapshotId + " does not exist", e);
        }
        SnapshotManifest manifest = parse(name, sealed);
        cache.putBlob(name, sealed);
        return manifest;
    }

    private SnapshotManifest parse(String name, byte[] sealed) throws CorruptContentException {
        try {
            return JSON.readValue(cipher.open(AAD, sealed, "snapshot manifest " + name), SnapshotManifest.class);
        } catch (CorruptContentException e) {
            throw e;
        } catch (IOException e) {
            throw new CorruptContentException("snapshot manifest " + name + " is malformed", e);
        }
    }

    /**
     * Every snapshot by ID; the listing vouches for cached copies. A manifest deleted while listing is left out, and
     * so are cached copies of deleted ones.
     */
    public Map<String, SnapshotManifest> readAll() throws IOException {
        Map<String, SnapshotManifest> manifests = new LinkedHashMap<>();
        List<BlobInfo> blobs = storage.list(BlobLayout.SNAPSHOTS);
        cache.retainOnly(BlobLayout.SNAPSHOTS, blobs.stream().map(BlobInfo::name).toList());
        for (BlobInfo blob : blobs) {
            String id = BlobLayout.snapshotIdOf(blob.name());
            try {
                String name = BlobLayout.snapshotName(id);
                manifests.put(id, read(id, name, cache.blob(name)));
            } catch (IllegalArgumentException deletedMeanwhile) {
                // a concurrent delete; the snapshot is gone
            }
        }
        return manifests;
    }

    public void delete(String snapshotId) throws IOException {
        String name = BlobLayout.snapshotName(snapshotId);
        if (!storage.exists(name)) {
            throw new IllegalArgumentException("snapshot " + snapshotId + " does not exist");
        }
        storage.delete(name);
        cache.forget(name);
    }
}
