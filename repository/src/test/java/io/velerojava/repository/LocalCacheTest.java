package io.velerojava.repository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.velerojava.repository.blob.InMemoryBlobStorage;
import io.velerojava.repository.content.BlobLayout;
import io.velerojava.repository.maintenance.CheckMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The local metadata cache: what it saves, and that nothing it holds can make a result wrong. */
class LocalCacheTest {

    @TempDir
    Path temp;
    private final CountingBlobStorage storage = new CountingBlobStorage(new InMemoryBlobStorage());
    private Path source;
    private CacheOptions cache;

    @BeforeEach
    void writeSource() throws Exception {
        source = temp.resolve("source");
        TestTrees.writeVariedTree(source, 11);
        cache = CacheOptions.at(temp.resolve("cache"));
    }

    @Test
    void anUnchangedReBackupAndARestoreReadNoMetadataFromTheStorage() throws Exception {
        String first;
        try (Repository repository = Repository.create(storage, RepositoryTest.PASSWORD, RepositoryTest.TEST_OPTIONS,
                cache)) {
            first = repository.snapshot(source, Map.of("volume", "v"), SnapshotOptions.DEFAULT).snapshotId();
        }
        storage.clear();
        try (Repository repository = Repository.open(storage, RepositoryTest.PASSWORD, cache)) { // a new process
            String parent = repository.latestSnapshot(Map.of("volume", "v")).orElseThrow().id();
            SnapshotResult again = repository.snapshot(source, Map.of("volume", "v"),
                    SnapshotOptions.DEFAULT.withParent(parent));
            assertThat(parent).isEqualTo(first);
            assertThat(again.newBytes()).isZero();
            assertThat(storage.wholeReads).containsExactly(BlobLayout.CONFIG);
            assertThat(storage.rangedReads).isEmpty();

            storage.clear();
            Path target = temp.resolve("restored");
            repository.restore(again.snapshotId(), "", target, RestoreOptions.DEFAULT);
            assertThat(TestTrees.describe(target)).isEqualTo(TestTrees.describe(source));
            assertThat(storage.wholeReads).isEmpty();
            long metadataReads = storage.rangedReads.size();
            assertThat(metadataReads).isLessThan(10); // the file data only, in a few ranges
        }
    }

    @Test
    void damagedOrMisplacedCacheFilesAreReplacedFromTheStorage() throws Exception {
        String id;
        try (Repository repository = Repository.create(storage, RepositoryTest.PASSWORD, RepositoryTest.TEST_OPTIONS,
                cache)) {
            id = repository.snapshot(source, Map.of(), SnapshotOptions.DEFAULT).snapshotId();
        }
        List<Path> cached = cachedFiles();
        assertThat(cached).anyMatch(path -> path.toString().contains("/contents/"))
                .anyMatch(path -> path.toString().contains("/indexes/"))
                .anyMatch(path -> path.toString().contains("/snapshots/"));
        List<Path> records = cached.stream().filter(path -> path.toString().contains("/contents/")).toList();
        Files.copy(records.get(0), records.get(1), java.nio.file.StandardCopyOption.REPLACE_EXISTING); // wrong ID
        for (Path file : cached.subList(0, cached.size())) {
            if (!file.equals(records.get(1))) {
                byte[] bytes = Files.readAllBytes(file);
                bytes[bytes.length / 2] ^= 1;
                Files.write(file, bytes);
            }
        }

        try (Repository repository = Repository.open(storage, RepositoryTest.PASSWORD, cache)) {
            Path target = temp.resolve("restored");
            repository.restore(id, "", target, RestoreOptions.DEFAULT);
            assertThat(TestTrees.describe(target)).isEqualTo(TestTrees.describe(source));
        }
        storage.clear();
        try (Repository repository = Repository.open(storage, RepositoryTest.PASSWORD, cache)) {
            repository.restore(id, "", temp.resolve("again"), RestoreOptions.DEFAULT);
        }
        assertThat(storage.wholeReads).containsExactly(BlobLayout.CONFIG); // the bad copies were replaced
    }

    @Test
    void theCacheCanBeDeletedAtAnyTime() throws Exception {
        try (Repository repository = Repository.create(storage, RepositoryTest.PASSWORD, RepositoryTest.TEST_OPTIONS,
                cache)) {
            String first = repository.snapshot(source, Map.of(), SnapshotOptions.DEFAULT).snapshotId();
            deleteTree(cache.directory());
            String second = repository.snapshot(source, Map.of(), SnapshotOptions.DEFAULT.withParent(first))
                    .snapshotId();
            Path target = temp.resolve("restored");
            repository.restore(second, "", target, RestoreOptions.DEFAULT);
            assertThat(TestTrees.describe(target)).isEqualTo(TestTrees.describe(source));
        }
    }

    @Test
    void aSnapshotDeletedElsewhereIsNotServedFromTheCache() throws Exception {
        try (Repository cached = Repository.create(storage, RepositoryTest.PASSWORD, RepositoryTest.TEST_OPTIONS,
                cache); Repository other = Repository.open(storage, RepositoryTest.PASSWORD, CacheOptions.NONE)) {
            String id = cached.snapshot(source, Map.of(), SnapshotOptions.DEFAULT).snapshotId();
            assertThat(cached.listSnapshots(Map.of())).hasSize(1);
            other.deleteSnapshot(id);

            assertThat(cached.listSnapshots(Map.of())).isEmpty();
            assertThatThrownBy(() -> cached.restore(id, "", temp.resolve("restored"), RestoreOptions.DEFAULT))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("does not exist");
            assertThatThrownBy(() -> cached.snapshot(source, Map.of(), SnapshotOptions.DEFAULT.withParent(id)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("does not exist");
        }
    }

    @Test
    void checkVerifiesTheStorageEvenWhenTheCacheHoldsGoodCopies() throws Exception {
        try (Repository repository = Repository.create(storage, RepositoryTest.PASSWORD, RepositoryTest.TEST_OPTIONS,
                cache)) {
            repository.snapshot(source, Map.of(), SnapshotOptions.DEFAULT);
            String index = storage.list(BlobLayout.INDEXES).get(0).name();
            byte[] bytes = storage.get(index);
            bytes[bytes.length / 2] ^= 1;
            storage.put(index, bytes);

            assertThat(repository.check(CheckMode.QUICK).problems())
                    .anySatisfy(problem -> assertThat(problem).contains(index));
        }
    }

    @Test
    void recordsBeyondTheSizeLimitAreTrimmedLeastRecentlyUsedFirst() throws Exception {
        CacheOptions small = new CacheOptions(temp.resolve("small-cache"), 4096);
        try (Repository repository = Repository.create(storage, RepositoryTest.PASSWORD, RepositoryTest.TEST_OPTIONS,
                small)) {
            repository.snapshot(source, Map.of(), SnapshotOptions.DEFAULT);
        }
        long recordBytes = 0;
        try (Stream<Path> files = Files.walk(small.directory())) {
            for (Path file : files.filter(path -> path.toString().contains("/contents/"))
                    .filter(Files::isRegularFile).toList()) {
                recordBytes += Files.size(file);
            }
        }
        assertThat(recordBytes).isPositive().isLessThanOrEqualTo(4096);
    }

    @Test
    void cachesOfRepositoriesUnusedForAMonthAreDeletedButOnlyTaggedOnes() throws Exception {
        Path root = cache.directory();
        Path stale = Files.createDirectories(root.resolve("0123456789abcdef0123456789abcdef"));
        Files.writeString(stale.resolve("CACHEDIR.TAG"), "Signature: 8a477f597d28d172789f06886806bc55\n");
        Path foreign = Files.createDirectories(root.resolve("not-a-cache"));
        FileTime old = FileTime.from(Instant.now().minus(Duration.ofDays(31)));
        Files.setLastModifiedTime(stale, old);
        Files.setLastModifiedTime(foreign, old);

        Repository.create(storage, RepositoryTest.PASSWORD, RepositoryTest.TEST_OPTIONS, cache).close();

        assertThat(stale).doesNotExist();
        assertThat(foreign).exists();
    }

    @Test
    void theDefaultDirectoryFollowsTheEnvironment() {
        assertThat(CacheOptions.fromEnvironment(Map.of(CacheOptions.DIRECTORY_VARIABLE, "/c"), "/home/u").directory())
                .isEqualTo(Path.of("/c"));
        assertThat(CacheOptions.fromEnvironment(Map.of(CacheOptions.DIRECTORY_VARIABLE, ""), "/home/u").enabled())
                .isFalse();
        assertThat(CacheOptions.fromEnvironment(Map.of("XDG_CACHE_HOME", "/x"), "/home/u").directory())
                .isEqualTo(Path.of("/x/velero-java/repositories"));
        assertThat(CacheOptions.fromEnvironment(Map.of(), "/home/u").directory())
                .isEqualTo(Path.of("/home/u/.cache/velero-java/repositories"));
    }

    private List<Path> cachedFiles() throws Exception {
        try (Stream<Path> files = Files.walk(cache.directory())) {
            return files.filter(Files::isRegularFile).filter(path -> !path.endsWith("CACHEDIR.TAG")).sorted().toList();
        }
    }

    private static void deleteTree(Path root) throws Exception {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
