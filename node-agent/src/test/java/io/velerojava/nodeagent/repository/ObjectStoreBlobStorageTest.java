package io.velerojava.nodeagent.repository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.velerojava.repository.Repository;
import io.velerojava.repository.RepositoryOptions;
import io.velerojava.repository.RestoreOptions;
import io.velerojava.repository.SnapshotOptions;
import io.velerojava.repository.SnapshotResult;
import io.velerojava.repository.blob.BlobInfo;
import io.velerojava.repository.blob.BlobNotFoundException;
import io.velerojava.repository.snapshot.OwnershipPolicy;
import io.velerojava.storage.ObjectStore;
import io.velerojava.storage.filesystem.FilesystemObjectStore;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The adapter over the filesystem provider; the MinIO round trip is in {@code NodeAgentMinioIT}. */
class ObjectStoreBlobStorageTest {

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

    @Test
    void blobsAreObjectsUnderTheRepositoryPrefix() throws Exception {
        blobs.put("packs/0001-a", bytes("hello"));

        assertThat(store.getBytes(REPOSITORY_PREFIX + "packs/0001-a")).isEqualTo(bytes("hello"));
        assertThat(blobs.get("packs/0001-a")).isEqualTo(bytes("hello"));
        assertThat(blobs.exists("packs/0001-a")).isTrue();
    }

    @Test
    void listingNamesBlobsRelativeToThePrefixAndIgnoresNeighbours() throws Exception {
        blobs.put("indexes/1", bytes("x"));
        blobs.put("indexes/2", bytes("yy"));
        blobs.put("config", bytes("c"));
        store.put("velero/kopia/app2/indexes/3", bytes("other namespace"));
        store.put("velero/backups/b/velero-backup.json", bytes("{}"));

        assertThat(blobs.list("indexes/")).containsExactlyInAnyOrder(new BlobInfo("indexes/1", 1),
                new BlobInfo("indexes/2", 2));
        assertThat(blobs.list("")).extracting(BlobInfo::name)
                .containsExactlyInAnyOrder("indexes/1", "indexes/2", "config");
    }

    @Test
    void rangedReadsReturnTheRangeAndRefuseRangesPastTheEnd() throws Exception {
        blobs.put("a/b", bytes("0123456789"));

        assertThat(blobs.get("a/b", 3, 4)).isEqualTo(bytes("3456"));
        assertThat(blobs.get("a/b", 10, 0)).isEmpty();
        assertThatThrownBy(() -> blobs.get("a/b", 8, 4)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("outside blob 'a/b'");
    }

    @Test
    void missingBlobsAreNotFound() throws Exception {
        assertThatThrownBy(() -> blobs.get("nope")).isInstanceOf(BlobNotFoundException.class);
        assertThatThrownBy(() -> blobs.get("nope", 0, 1)).isInstanceOf(BlobNotFoundException.class);
        assertThat(blobs.exists("nope")).isFalse();
        blobs.delete("nope");
    }

    @Test
    void deleteRemovesTheObject() throws Exception {
        blobs.put("snapshots/x", bytes("x"));
        blobs.delete("snapshots/x");

        assertThat(store.exists(REPOSITORY_PREFIX + "snapshots/x")).isFalse();
        assertThat(blobs.list("snapshots/")).isEmpty();
    }

    @Test
    void namesThatCouldEscapeThePrefixAreRefused() {
        for (String name : List.of("../x", "/abs", "a//b", "A", "a/../b", "")) {
            assertThatThrownBy(() -> blobs.put(name, bytes("x"))).isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> blobs.list("../")).isInstanceOf(IllegalArgumentException.class);
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
