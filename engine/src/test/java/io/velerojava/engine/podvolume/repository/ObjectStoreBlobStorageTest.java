package io.velerojava.engine.podvolume.repository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.velerojava.repository.Repository;
import io.velerojava.repository.RepositoryOptions;
import io.velerojava.repository.RestoreOptions;
import io.velerojava.repository.SnapshotOptions;
import io.velerojava.repository.SnapshotResult;
import io.velerojava.repository.blob.BlobInfo;
import io.velerojava.repository.blob.BlobStorage;
import io.velerojava.repository.blob.BlobStorageContract;
import io.velerojava.repository.snapshot.OwnershipPolicy;
import io.velerojava.storage.ObjectStore;
import io.velerojava.storage.filesystem.FilesystemObjectStore;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The blob contract on the adapter over the filesystem provider, plus what the adapter adds: the key prefix. The
 * same adapter on MinIO runs in {@code NodeAgentMinioIT}.
 */
class ObjectStoreBlobStorageTest extends BlobStorageContract {

    private static final String REPOSITORY_PREFIX = "velero/kopia/app/";

    @TempDir
    Path bucket;
    @TempDir
    Path work;

    private ObjectStore store;
    private ObjectStoreBlobStorage blobs;

    @BeforeEach
    void openStore() {
        store = new FilesystemObjectStore(bucket, Optional.empty());
        blobs = new ObjectStoreBlobStorage(store, REPOSITORY_PREFIX);
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    @Override
    protected BlobStorage storage() {
        return blobs;
    }

    @Test
    void blobsAreObjectsUnderTheRepositoryPrefix() throws Exception {
        blobs.put("packs/0001-a", bytes("hello"));

        assertThat(store.getBytes(REPOSITORY_PREFIX + "packs/0001-a")).isEqualTo(bytes("hello"));
    }

    @Test
    void listingNamesBlobsRelativeToThePrefixAndIgnoresNeighbours() throws Exception {
        blobs.put("indexes/1", bytes("x"));
        blobs.put("config", bytes("c"));
        store.put("velero/kopia/app2/indexes/3", bytes("another namespace's repository"));
        store.put("velero/backups/b/velero-backup.json", bytes("{}"));

        assertThat(blobs.list("")).containsExactlyInAnyOrder(new BlobInfo("indexes/1", 1), new BlobInfo("config", 1));
    }

    @Test
    void anEmptyRangeOfAnExistingBlobIsEmpty() throws Exception {
        blobs.put("a/b", bytes("0123456789"));

        assertThat(blobs.get("a/b", 10, 0)).isEmpty();
    }

    @Test
    void aPrefixWithoutTrailingSlashIsRefused() {
        assertThatThrownBy(() -> new ObjectStoreBlobStorage(store, "velero/kopia/app"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must end with '/'");
    }

    @Test
    void aRepositoryOnTheAdapterRestoresWhatItBackedUp() throws Exception {
        Path source = Files.createDirectories(work.resolve("source"));
        Files.writeString(source.resolve("a.txt"), "alpha");
        Files.write(Files.createDirectories(source.resolve("sub")).resolve("b.bin"), new byte[300_000]);
        Path target = work.resolve("target");

        SnapshotResult snapshot;
        try (Repository repository = Repository.create(blobs, "secret", RepositoryOptions.DEFAULT
                .withKeyDerivationIterations(1_000))) {
            snapshot = repository.snapshot(source, Map.of("volume", "data"), SnapshotOptions.DEFAULT);
        }
        try (Repository repository = Repository.open(blobs, "secret")) {
            repository.restore(snapshot.snapshotId(), "", target,
                    RestoreOptions.DEFAULT.withOwnership(OwnershipPolicy.IGNORE));
        }

        assertThat(target.resolve("a.txt")).hasContent("alpha");
        assertThat(target.resolve("sub/b.bin")).hasBinaryContent(new byte[300_000]);
        assertThat(store.exists(REPOSITORY_PREFIX + "config")).isTrue();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
