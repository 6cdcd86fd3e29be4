package io.velerojava.repository.snapshot;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.velerojava.repository.blob.BlobInfo;
import io.velerojava.repository.blob.BlobNotFoundException;
import io.velerojava.repository.blob.BlobStorage;
import io.velerojava.repository.content.AuthenticatedCipher;
import io.velerojava.repository.content.BlobLayout;
import io.velerojava.repository.content.CorruptContentException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** Stores snapshot manifests, each sealed in its own blob {@code snapshots/<32 hex id>}. */
public final class ManifestStore {

    private static final byte[] AAD = "velero-java snapshot".getBytes(StandardCharsets.US_ASCII);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final BlobStorage storage;
    private final AuthenticatedCipher cipher;

    public ManifestStore(BlobStorage storage, AuthenticatedCipher cipher) {
        this.storage = storage;
        this.cipher = cipher;
    }

    /** Stores a manifest and returns its new snapshot ID. */
    public String write(SnapshotManifest manifest) throws IOException {
        String id = BlobLayout.newSnapshotId();
        storage.put(BlobLayout.snapshotName(id), cipher.seal(AAD, JSON.writeValueAsBytes(manifest)));
        return id;
    }

    public SnapshotManifest read(String snapshotId) throws IOException {
        String name = BlobLayout.snapshotName(snapshotId);
        byte[] sealed;
        try {
            sealed = storage.get(name);
        } catch (BlobNotFoundException e) {
            throw new IllegalArgumentException("snapshot " + snapshotId + " does not exist", e);
        }
        try {
            return JSON.readValue(cipher.open(AAD, sealed, "snapshot manifest " + name), SnapshotManifest.class);
        } catch (CorruptContentException e) {
            throw e;
        } catch (IOException e) {
            throw new CorruptContentException("snapshot manifest " + name + " is malformed", e);
        }
    }

    /** Every snapshot by ID. A manifest deleted while listing is left out. */
    public Map<String, SnapshotManifest> readAll() throws IOException {
        Map<String, SnapshotManifest> manifests = new LinkedHashMap<>();
        for (BlobInfo blob : storage.list(BlobLayout.SNAPSHOTS)) {
            String id = BlobLayout.snapshotIdOf(blob.name());
            try {
                manifests.put(id, read(id));
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
    }
}
