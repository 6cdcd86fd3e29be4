package io.velerojava.repository.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.velerojava.repository.Repository;
import io.velerojava.repository.CacheOptions;
import io.velerojava.repository.CountingBlobStorage;
import io.velerojava.repository.RepositoryOptions;
import io.velerojava.repository.RestoreOptions;
import io.velerojava.repository.SnapshotOptions;
import io.velerojava.repository.TestTrees;
import io.velerojava.repository.blob.InMemoryBlobStorage;
import io.velerojava.repository.content.BlobLayout;
import io.velerojava.repository.content.ChunkerParameters;
import io.velerojava.repository.content.ConfigBlob;
import io.velerojava.repository.content.ContentCodec;
import io.velerojava.repository.content.ContentIndex;
import io.velerojava.repository.content.ContentReader;
import io.velerojava.repository.content.CorruptContentException;
import io.velerojava.repository.content.KeyDerivation;
import io.velerojava.repository.content.RepositoryParameters;
import io.velerojava.repository.object.ObjectReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How a restore reads: pack ranges covering many files, each content once, in bounded batches. */
class RestoreReadsTest {

    private static final String PASSWORD = "restore reads";
    private static final RepositoryOptions OPTIONS = RepositoryOptions.DEFAULT
            .withChunker(new ChunkerParameters(16 * 1024, 64 * 1024, 256 * 1024))
            .withPackTargetSize(32 * 1024 * 1024)
            .withKeyDerivationIterations(KeyDerivation.MINIMUM_ITERATIONS);

    @TempDir
    Path temp;
    private final CountingBlobStorage storage = new CountingBlobStorage(new InMemoryBlobStorage());
    private Repository repository;

    @BeforeEach
    void create() throws IOException {
        repository = Repository.create(storage, PASSWORD, OPTIONS, CacheOptions.NONE);
    }

    @AfterEach
    void close() {
        repository.close();
    }

    @Test
    void smallFilesStoredTogetherAreReadInAFewRangesNotOneReadEach() throws Exception {
        Path source = Files.createDirectories(temp.resolve("source"));
        for (int i = 0; i < 300; i++) {
            Path dir = Files.createDirectories(source.resolve("d" + i % 3));
            Files.write(dir.resolve("f" + i), TestTrees.randomBytes(2000 + i, i));
        }
        String id = repository.snapshot(source, Map.of(), SnapshotOptions.DEFAULT).snapshotId();
        storage.clear();

        Path target = temp.resolve("restored");
        repository.restore(id, "", target, RestoreOptions.DEFAULT);

        assertThat(TestTrees.describe(target)).isEqualTo(TestTrees.describe(source));
        assertThat(storage.rangedReads).hasSizeLessThan(10); // 4 trees and the data: ~650 KB in one pack
    }

    @Test
    void aContentSharedByManyFilesIsReadOnce() throws Exception {
        Path source = Files.createDirectories(temp.resolve("source"));
        byte[] shared = TestTrees.randomBytes(200_000, 1);
        for (int i = 0; i < 50; i++) {
            Files.write(source.resolve("copy-" + i), shared);
        }
        String id = repository.snapshot(source, Map.of(), SnapshotOptions.DEFAULT).snapshotId();
        storage.clear();

        Path target = temp.resolve("restored");
        repository.restore(id, "", target, RestoreOptions.DEFAULT);

        assertThat(TestTrees.describe(target)).isEqualTo(TestTrees.describe(source));
        long bytesRead = storage.rangedReads.stream().mapToLong(Integer::longValue).sum();
        assertThat(bytesRead).isLessThan(2L * shared.length);
    }

    @Test
    void rangesStayWithinTheirMaximumLength() throws Exception {
        Path source = Files.createDirectories(temp.resolve("source"));
        Files.write(source.resolve("big"), TestTrees.randomBytes(20 * 1024 * 1024, 2));
        String id = repository.snapshot(source, Map.of(), SnapshotOptions.DEFAULT).snapshotId();
        assertThat(storage.list(BlobLayout.PACKS)).hasSize(1);
        storage.clear();

        Path target = temp.resolve("restored");
        repository.restore(id, "", target, RestoreOptions.DEFAULT);

        assertThat(Files.readAllBytes(target.resolve("big"))).isEqualTo(Files.readAllBytes(source.resolve("big")));
        assertThat(storage.rangedReads).hasSizeGreaterThanOrEqualTo(3)
                .allSatisfy(length -> assertThat(length).isLessThanOrEqualTo(ContentReader.MAX_RANGE_LENGTH));
    }

    @Test
    void tinyBatchesRestoreAVariedTreeIdentically() throws Exception {
        Path source = temp.resolve("source");
        TestTrees.writeVariedTree(source, 3);
        String id = repository.snapshot(source, Map.of(), SnapshotOptions.DEFAULT).snapshotId();

        Path target = temp.resolve("restored");
        restorer(2).restore(manifest(id), "", target);

        assertThat(TestTrees.describe(target)).isEqualTo(TestTrees.describe(source));
    }

    @Test
    void aDamagedRecordNamesAFileThatNeedsIt() throws Exception {
        Path source = Files.createDirectories(temp.resolve("source"));
        Files.write(source.resolve("only-file"), TestTrees.randomBytes(100_000, 4));
        String id = repository.snapshot(source, Map.of(), SnapshotOptions.DEFAULT).snapshotId();
        String pack = storage.list(BlobLayout.PACKS).get(0).name();
        byte[] bytes = storage.get(pack);
        bytes[20] ^= 1; // inside the first record: the file's data, stored before its tree
        storage.put(pack, bytes);

        assertThatThrownBy(() -> repository.restore(id, "", temp.resolve("restored"), RestoreOptions.DEFAULT))
                .isInstanceOf(CorruptContentException.class)
                .hasMessageContaining("cannot restore file 'only-file'").hasMessageContaining(pack)
                .hasMessageContaining("failed authentication");
    }

    private SnapshotRestorer restorer(int chunksPerBatch) throws IOException {
        RepositoryParameters parameters = ConfigBlob.read(storage, PASSWORD);
        ContentCodec codec = new ContentCodec(parameters.keys(), parameters.compression());
        ObjectReader reader = new ObjectReader(new ContentReader(storage, codec,
                ContentIndex.load(storage, codec.metadataCipher())));
        return new SnapshotRestorer(reader, 2, ExistingFilePolicy.FAIL, OwnershipPolicy.RESTORE, ProgressListener.NONE,
                chunksPerBatch);
    }

    private SnapshotManifest manifest(String id) throws IOException {
        RepositoryParameters parameters = ConfigBlob.read(storage, PASSWORD);
        return new ManifestStore(storage, new ContentCodec(parameters.keys(), parameters.compression())
                .metadataCipher()).read(id);
    }
}
