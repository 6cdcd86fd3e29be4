package io.velerojava.repository;

import static org.assertj.core.api.Assertions.assertThat;

import io.velerojava.repository.blob.BlobInfo;
import io.velerojava.repository.blob.BlobStorage;
import io.velerojava.repository.blob.LocalDirectoryBlobStorage;
import io.velerojava.repository.content.BlobLayout;
import io.velerojava.repository.maintenance.CheckMode;
import io.velerojava.repository.maintenance.MaintenanceOptions;
import io.velerojava.repository.maintenance.MaintenanceResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MaintenanceTest {

    /** Grace zero: only for tests where nothing else uses the repository at the same time. */
    private static final MaintenanceOptions IMMEDIATE = MaintenanceOptions.DEFAULT.withGracePeriod(Duration.ZERO);

    @TempDir
    Path temp;
    BlobStorage storage;
    Repository repository;

    @BeforeEach
    void createRepository() throws Exception {
        storage = new LocalDirectoryBlobStorage(temp.resolve("repo"));
        repository = Repository.create(storage, RepositoryTest.PASSWORD, RepositoryTest.TEST_OPTIONS);
    }

    @AfterEach
    void closeRepository() {
        repository.close();
    }

    private long storedBytes() throws Exception {
        return storage.list(BlobLayout.PACKS).stream().mapToLong(BlobInfo::length).sum();
    }

    private Path tree(String name, long seed) throws Exception {
        Path root = temp.resolve(name);
        TestTrees.writeVariedTree(root, seed);
        return root;
    }

    @Test
    void deletesOnlyDataNoSnapshotUsesInTwoRuns() throws Exception {
        Path kept = tree("kept", 1);
        Path dropped = tree("dropped", 2);
        String keptId = repository.snapshot(kept, Map.of(), SnapshotOptions.DEFAULT).snapshotId();
        String droppedId = repository.snapshot(dropped, Map.of(), SnapshotOptions.DEFAULT).snapshotId();
        long before = storedBytes();
        repository.deleteSnapshot(droppedId);

        MaintenanceResult first = repository.maintain(IMMEDIATE);
        assertThat(first.contentsMarkedDeleted()).isPositive();
        assertThat(first.packsRetired()).isPositive();
        assertThat(first.packsDeleted()).isZero(); // retired packs wait for a later run
        assertThat(storedBytes()).isGreaterThanOrEqualTo(before);

        MaintenanceResult second = repository.maintain(IMMEDIATE);
        assertThat(second.packsDeleted()).isPositive();
        assertThat(storedBytes()).isLessThan(before * 7 / 10);

        Path restored = temp.resolve("restored");
        repository.restore(keptId, "", restored, RestoreOptions.DEFAULT);
        assertThat(TestTrees.describe(restored)).isEqualTo(TestTrees.describe(kept));
        assertThat(repository.check(CheckMode.FULL).problems()).isEmpty();
        assertThat(storage.list(BlobLayout.INDEXES)).hasSize(1);
    }

    @Test
    void keepsEverythingYoungerThanTheGracePeriod() throws Exception {
        String id = repository.snapshot(tree("data", 3), Map.of(), SnapshotOptions.DEFAULT).snapshotId();
        repository.deleteSnapshot(id);
        long before = storedBytes();

        for (int run = 0; run < 2; run++) {
            MaintenanceResult result = repository.maintain(MaintenanceOptions.DEFAULT);
            assertThat(result.contentsMarkedDeleted()).isZero();
            assertThat(result.packsRetired()).isZero();
            assertThat(result.packsDeleted()).isZero();
        }
        assertThat(storedBytes()).isEqualTo(before);
    }

    @Test
    void repacksPacksThatAreMostlyGarbage() throws Exception {
        Path source = Files.createDirectories(temp.resolve("source"));
        Files.write(source.resolve("big"), TestTrees.randomBytes(700_000, 4));
        Files.write(source.resolve("small"), TestTrees.randomBytes(40_000, 5));
        String first = repository.snapshot(source, Map.of(), SnapshotOptions.DEFAULT).snapshotId();
        Files.delete(source.resolve("big"));
        String second = repository.snapshot(source, Map.of(), SnapshotOptions.DEFAULT.withParent(first))
                .snapshotId();
        repository.deleteSnapshot(first);

        MaintenanceResult repack = repository.maintain(IMMEDIATE);
        MaintenanceResult delete = repository.maintain(IMMEDIATE);

        assertThat(repack.packsRepacked()).isPositive();
        assertThat(delete.packsDeleted()).isPositive();
        assertThat(storedBytes()).isLessThan(300_000);
        Path restored = temp.resolve("restored");
        repository.restore(second, "", restored, RestoreOptions.DEFAULT);
        assertThat(TestTrees.describe(restored)).isEqualTo(TestTrees.describe(source));
        assertThat(repository.check(CheckMode.FULL).problems()).isEmpty();
    }

    /**
     * The dangerous case: a backup deduplicates against data of a deleted snapshot while maintenance, running over
     * and over, would like to delete exactly that data. The backup's session marker must keep it.
     */
    @Test
    void maintenanceDuringABackupLosesNothing() throws Exception {
        Path source = tree("source", 6);
        String old = repository.snapshot(source, Map.of(), SnapshotOptions.DEFAULT).snapshotId();
        repository.deleteSnapshot(old);
        Files.write(source.resolve("new-data"), TestTrees.randomBytes(6 * 1024 * 1024, 7));
        MaintenanceOptions shortGrace = MaintenanceOptions.DEFAULT.withGracePeriod(Duration.ofSeconds(2));
        Thread.sleep(2100); // the deleted snapshot's data is now old enough to collect

        CompletableFuture<SnapshotResult> backup;
        long marked = 0;
        try (Repository slowWriter = Repository.open(new SlowPackStorage(storage, 400), RepositoryTest.PASSWORD)) {
            backup = CompletableFuture.supplyAsync(() -> {
                try {
                    return slowWriter.snapshot(source, Map.of(), SnapshotOptions.DEFAULT.withParallelFiles(1));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            while (!backup.isDone()) {
                marked += repository.maintain(shortGrace).contentsMarkedDeleted();
                Thread.sleep(300);
            }
            backup.join();
        }
        Thread.sleep(2100);
        repository.maintain(shortGrace);
        repository.maintain(shortGrace);

        assertThat(marked).as("maintenance tried to collect the data the backup reused").isPositive();
        Path restored = temp.resolve("restored");
        repository.restore(backup.join().snapshotId(), "", restored, RestoreOptions.DEFAULT);
        assertThat(TestTrees.describe(restored)).isEqualTo(TestTrees.describe(source));
        assertThat(repository.check(CheckMode.FULL).problems()).isEmpty();
    }
}
