package io.velerojava.repository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.velerojava.repository.blob.BlobInfo;
import io.velerojava.repository.blob.BlobStorage;
import io.velerojava.repository.blob.LocalDirectoryBlobStorage;
import io.velerojava.repository.content.BlobLayout;
import io.velerojava.repository.content.ChunkerParameters;
import io.velerojava.repository.content.CorruptContentException;
import io.velerojava.repository.content.KeyDerivation;
import io.velerojava.repository.content.WrongPasswordException;
import io.velerojava.repository.maintenance.CheckMode;
import io.velerojava.repository.maintenance.CheckResult;
import io.velerojava.repository.snapshot.ExistingFilePolicy;
import io.velerojava.repository.snapshot.Progress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RepositoryTest {

    static final String PASSWORD = "correct horse battery staple";
    /** Small chunks keep test data small while still exercising many chunks, packs and indirect objects. */
    static final RepositoryOptions TEST_OPTIONS = RepositoryOptions.DEFAULT
            .withChunker(new ChunkerParameters(16 * 1024, 64 * 1024, 256 * 1024))
            .withPackTargetSize(1024 * 1024)
            .withKeyDerivationIterations(KeyDerivation.MINIMUM_ITERATIONS);

    @TempDir
    Path temp;
    BlobStorage storage;
    Repository repository;

    @BeforeEach
    void createRepository() throws Exception {
        storage = new LocalDirectoryBlobStorage(temp.resolve("repo"));
        repository = Repository.create(storage, PASSWORD, TEST_OPTIONS);
    }

    @AfterEach
    void closeRepository() {
        repository.close();
    }

    @Test
    void aVariedTreeRestoresIdentically() throws Exception {
        Path source = temp.resolve("source");
        TestTrees.writeVariedTree(source, 1);

        SnapshotResult snapshot = repository.snapshot(source, Map.of("volume", "data"), SnapshotOptions.DEFAULT);
        Path target = temp.resolve("restored");
        RestoreResult restored = repository.restore(snapshot.snapshotId(), "", target, RestoreOptions.DEFAULT);

        assertThat(TestTrees.describe(target)).isEqualTo(TestTrees.describe(source));
        assertThat(restored.warnings()).isEmpty();
        assertThat(snapshot.files()).isEqualTo(restored.files());
        assertThat(repository.check(CheckMode.FULL).problems()).isEmpty();
    }

    @Test
    void sparseFilesRestoreWithTheirLengthAndStaySparse() throws Exception {
        Path source = Files.createDirectories(temp.resolve("source"));
        TestTrees.writeSparse(source.resolve("disk.img"), 64L * 1024 * 1024);
        String id = repository.snapshot(source, Map.of(), SnapshotOptions.DEFAULT).snapshotId();

        Path target = temp.resolve("restored");
        repository.restore(id, "", target, RestoreOptions.DEFAULT);

        Path restored = target.resolve("disk.img");
        assertThat(Files.size(restored)).isEqualTo(64L * 1024 * 1024);
        assertThat(TestTrees.sha256(restored)).isEqualTo(TestTrees.sha256(source.resolve("disk.img")));
        assertThat(allocatedBytes(restored)).isLessThan(8L * 1024 * 1024);
    }

    @Test
    void aSubPathRestoresAloneAndAFileRestoresUnderItsName() throws Exception {
        Path source = temp.resolve("source");
        TestTrees.writeVariedTree(source, 2);
        String id = repository.snapshot(source, Map.of(), SnapshotOptions.DEFAULT).snapshotId();

        Path subTarget = temp.resolve("sub");
        repository.restore(id, "a/b/c", subTarget, RestoreOptions.DEFAULT);
        assertThat(TestTrees.describe(subTarget)).isEqualTo(TestTrees.describe(source.resolve("a/b/c")));

        Path fileTarget = temp.resolve("one-file");
        repository.restore(id, "/a/b/hard-second", fileTarget, RestoreOptions.DEFAULT); // its first name is elsewhere
        assertThat(Files.readAllBytes(fileTarget.resolve("hard-second")))
                .isEqualTo(Files.readAllBytes(source.resolve("a/b/hard-second")));

        assertThatThrownBy(() -> repository.restore(id, "a/missing", temp.resolve("x"), RestoreOptions.DEFAULT))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not in the snapshot");
        assertThatThrownBy(() -> repository.restore(id, "a/../..", temp.resolve("x"), RestoreOptions.DEFAULT))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSecondSnapshotOfTheSameDataAddsNoPacks() throws Exception {
        Path source = temp.resolve("source");
        TestTrees.writeVariedTree(source, 3);
        repository.snapshot(source, Map.of(), SnapshotOptions.DEFAULT);
        int packs = storage.list(BlobLayout.PACKS).size();

        SnapshotResult second = repository.snapshot(source, Map.of(), SnapshotOptions.DEFAULT);

        assertThat(second.newBytes()).isZero();
        assertThat(storage.list(BlobLayout.PACKS)).hasSize(packs);
    }

    @Test
    void aOneByteInsertReusesMostChunks() throws Exception {
        Path source = Files.createDirectories(temp.resolve("source"));
        byte[] original = TestTrees.randomBytes(8 * 1024 * 1024, 4);
        Files.write(source.resolve("big"), original);
        repository.snapshot(source, Map.of(), SnapshotOptions.DEFAULT);

        byte[] edited = new byte[original.length + 1];
        System.arraycopy(original, 0, edited, 0, original.length / 2);
        System.arraycopy(original, original.length / 2, edited, original.length / 2 + 1, original.length / 2);
        Files.write(source.resolve("big"), edited);
        SnapshotResult second = repository.snapshot(source, Map.of(), SnapshotOptions.DEFAULT);

        assertThat(second.newBytes()).isPositive().isLessThan(4L * 256 * 1024 + 64 * 1024);
    }

    @Test
    void unchangedFilesAreNotReadAgain() throws Exception {
        Path source = temp.resolve("source");
        TestTrees.writeVariedTree(source, 5);
        SnapshotResult first = repository.snapshot(source, Map.of(), SnapshotOptions.DEFAULT);
        Files.write(source.resolve("a/changed.txt"), "new".getBytes(StandardCharsets.UTF_8));
        Files.setAttribute(source.resolve("a/b/file-12.bin"), "unix:mode", 0600); // metadata only: still reused

        SnapshotResult second = repository.snapshot(source, Map.of(),
                SnapshotOptions.DEFAULT.withParent(first.snapshotId()));

        assertThat(second.reusedFiles()).isEqualTo(first.files() - 3); // minus the empty file and 2 extra hard links
        Path target = temp.resolve("restored");
        repository.restore(second.snapshotId(), "", target, RestoreOptions.DEFAULT);
        assertThat(TestTrees.describe(target)).isEqualTo(TestTrees.describe(source));
    }

    @Test
    void progressReachesTheTotals() throws Exception {
        Path source = temp.resolve("source");
        TestTrees.writeVariedTree(source, 6);
        List<Progress> reports = Collections.synchronizedList(new ArrayList<>());
        SnapshotResult result = repository.snapshot(source, Map.of(),
                SnapshotOptions.DEFAULT.withProgress(reports::add));

        Progress last = reports.get(reports.size() - 1);
        assertThat(last.bytesDone()).isEqualTo(last.totalBytes());
        assertThat(last.filesDone()).isEqualTo(last.totalFiles()).isEqualTo(result.files());
    }

    @Test
    void snapshotsAreListedByLabels() throws Exception {
        Path source = Files.createDirectories(temp.resolve("source"));
        String web = repository.snapshot(source, Map.of("pod", "web", "ns", "a"), SnapshotOptions.DEFAULT)
                .snapshotId();
        String db = repository.snapshot(source, Map.of("pod", "db", "ns", "a"), SnapshotOptions.DEFAULT)
                .snapshotId();

        assertThat(repository.listSnapshots(Map.of("ns", "a"))).extracting(SnapshotInfo::id).containsExactly(web, db);
        assertThat(repository.listSnapshots(Map.of("pod", "db"))).extracting(SnapshotInfo::id).containsExactly(db);
        assertThat(repository.latestSnapshot(Map.of("ns", "a"))).map(SnapshotInfo::id).contains(db);
        repository.deleteSnapshot(web);
        assertThat(repository.listSnapshots(Map.of())).extracting(SnapshotInfo::id).containsExactly(db);
    }

    @Test
    void aWrongPasswordIsRefusedClearly() {
        assertThatThrownBy(() -> Repository.open(storage, "wrong password"))
                .isInstanceOf(WrongPasswordException.class)
                .hasMessageContaining("password is wrong");
    }

    @Test
    void aRepositoryOfAnotherFormatVersionIsRefusedClearly() throws Exception {
        String config = new String(storage.get(BlobLayout.CONFIG), StandardCharsets.UTF_8);
        for (int version : new int[] {1, 3}) {
            storage.put(BlobLayout.CONFIG, config.replaceFirst("\"version\" : 2", "\"version\" : " + version)
                    .getBytes(StandardCharsets.UTF_8));
            assertThatThrownBy(() -> Repository.open(storage, PASSWORD))
                    .hasMessageContaining("format version " + version).hasMessageContaining("reads version 2 only");
        }
    }

    @Test
    void creatingOverAnExistingRepositoryIsRefused() {
        assertThatThrownBy(() -> Repository.create(storage, PASSWORD, TEST_OPTIONS))
                .hasMessageContaining("already exists");
    }

    @Test
    void aTamperedPackIsReportedByCheckAndByRestore() throws Exception {
        Path source = Files.createDirectories(temp.resolve("source"));
        Files.write(source.resolve("data"), TestTrees.randomBytes(300_000, 7));
        String id = repository.snapshot(source, Map.of(), SnapshotOptions.DEFAULT).snapshotId();
        assertThat(repository.check(CheckMode.FULL).isHealthy()).isTrue();

        BlobInfo pack = storage.list(BlobLayout.PACKS).get(0);
        byte[] bytes = storage.get(pack.name());
        bytes[100] ^= 0x01;
        storage.put(pack.name(), bytes);

        CheckResult check = repository.check(CheckMode.FULL);
        assertThat(check.problems()).anySatisfy(problem -> assertThat(problem).contains(pack.name())
                .contains("failed authentication"));
        assertThatThrownBy(() -> repository.restore(id, "", temp.resolve("restored"), RestoreOptions.DEFAULT))
                .isInstanceOf(CorruptContentException.class).hasMessageContaining("data");
    }

    @Test
    void aMissingPackIsReportedByAQuickCheck() throws Exception {
        Path source = Files.createDirectories(temp.resolve("source"));
        Files.write(source.resolve("data"), TestTrees.randomBytes(300_000, 8));
        repository.snapshot(source, Map.of(), SnapshotOptions.DEFAULT);
        assertThat(repository.check(CheckMode.QUICK).isHealthy()).isTrue();

        String pack = storage.list(BlobLayout.PACKS).get(0).name();
        storage.delete(pack);

        assertThat(repository.check(CheckMode.QUICK).problems())
                .anySatisfy(problem -> assertThat(problem).contains(pack).contains("does not exist"));
    }

    @Test
    void concurrentSnapshotsKeepEachOthersData() throws Exception {
        Path first = temp.resolve("first");
        Path second = temp.resolve("second");
        TestTrees.writeVariedTree(first, 8);
        TestTrees.writeVariedTree(second, 9);
        try (Repository other = Repository.open(storage, PASSWORD)) {
            CompletableFuture<SnapshotResult> a = CompletableFuture.supplyAsync(() -> snapshot(repository, first));
            CompletableFuture<SnapshotResult> b = CompletableFuture.supplyAsync(() -> snapshot(other, second));

            Path restoredA = temp.resolve("restored-a");
            Path restoredB = temp.resolve("restored-b");
            repository.restore(a.join().snapshotId(), "", restoredA, RestoreOptions.DEFAULT);
            repository.restore(b.join().snapshotId(), "", restoredB, RestoreOptions.DEFAULT);
            assertThat(TestTrees.describe(restoredA)).isEqualTo(TestTrees.describe(first));
            assertThat(TestTrees.describe(restoredB)).isEqualTo(TestTrees.describe(second));
        }
        assertThat(storage.list(BlobLayout.INDEXES).size()).isGreaterThanOrEqualTo(2);
        assertThat(storage.list(BlobLayout.SESSIONS)).isEmpty();
        assertThat(repository.check(CheckMode.FULL).problems()).isEmpty();
    }

    @Test
    void existingFilesAreHandledByPolicy() throws Exception {
        Path source = Files.createDirectories(temp.resolve("source"));
        Files.writeString(source.resolve("f"), "from snapshot");
        String id = repository.snapshot(source, Map.of(), SnapshotOptions.DEFAULT).snapshotId();
        Path target = Files.createDirectories(temp.resolve("target"));
        Path outside = Files.writeString(temp.resolve("outside"), "keep me");
        Files.createSymbolicLink(target.resolve("f"), outside);

        assertThatThrownBy(() -> repository.restore(id, "", target,
                RestoreOptions.DEFAULT.withExistingFiles(ExistingFilePolicy.FAIL))).hasMessageContaining("already");
        repository.restore(id, "", target, RestoreOptions.DEFAULT.withExistingFiles(ExistingFilePolicy.OVERWRITE));

        assertThat(Files.isSymbolicLink(target.resolve("f"))).isFalse();
        assertThat(Files.readString(target.resolve("f"))).isEqualTo("from snapshot");
        assertThat(Files.readString(outside)).isEqualTo("keep me");
    }

    private static long allocatedBytes(Path file) throws Exception {
        Process stat = new ProcessBuilder("stat", "-c", "%b %B", file.toString()).start();
        String[] blocksAndSize = new String(stat.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).trim()
                .split(" ");
        assertThat(stat.waitFor()).isZero();
        return Long.parseLong(blocksAndSize[0]) * Long.parseLong(blocksAndSize[1]);
    }

    private static SnapshotResult snapshot(Repository repository, Path source) {
        try {
            return repository.snapshot(source, Map.of("source", source.getFileName().toString()),
                    SnapshotOptions.DEFAULT.withParallelFiles(2));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
