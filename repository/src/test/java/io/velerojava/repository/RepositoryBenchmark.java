package io.velerojava.repository;

import io.velerojava.repository.blob.BlobInfo;
import io.velerojava.repository.blob.LocalDirectoryBlobStorage;
import io.velerojava.repository.content.BlobLayout;
import io.velerojava.repository.snapshot.OwnershipPolicy;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

/**
 * End-to-end throughput of the repository on this machine: snapshot of large files (MB/s), of many small files
 * (files/s), unchanged re-snapshots, deduplication and restore. Run by bench/repository/run.sh; arguments:
 * {@code <work dir> <large files> <large file MiB> <small files> <parallel files>}.
 */
public final class RepositoryBenchmark {

    private static final double MIB = 1024.0 * 1024.0;

    private RepositoryBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path work = Path.of(args.length > 0 ? args[0] : "/tmp/velero-repository-bench");
        int largeFiles = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        int largeFileMiB = args.length > 2 ? Integer.parseInt(args[2]) : 256;
        int smallFiles = args.length > 3 ? Integer.parseInt(args[3]) : 20_000;
        int parallel = args.length > 4 ? Integer.parseInt(args[4]) : Runtime.getRuntime().availableProcessors();
        deleteRecursively(work);
        Path large = Files.createDirectories(work.resolve("data/large"));
        Path small = Files.createDirectories(work.resolve("data/small"));
        generateLarge(large, largeFiles, largeFileMiB);
        generateSmall(small, smallFiles);
        long largeBytes = (long) largeFiles * largeFileMiB * 1024 * 1024;

        LocalDirectoryBlobStorage storage = new LocalDirectoryBlobStorage(work.resolve("repo"));
        SnapshotOptions options = SnapshotOptions.DEFAULT.withParallelFiles(parallel);
        System.out.printf("parallel files: %d, cores: %d, large: %d x %d MiB, small: %d files%n", parallel,
                Runtime.getRuntime().availableProcessors(), largeFiles, largeFileMiB, smallFiles);
        try (Repository repository = Repository.create(storage, "benchmark password", RepositoryOptions.DEFAULT,
                CacheOptions.at(work.resolve("cache")))) {
            double cpu = cpuSeconds();
            SnapshotResult first = repository.snapshot(large, Map.of("set", "large"), options);
            report("large files, first snapshot", first, largeBytes, cpuSeconds() - cpu);
            cpu = cpuSeconds();

            SnapshotResult unchanged = repository.snapshot(large, Map.of("set", "large"),
                    options.withParent(first.snapshotId()));
            report("large files, unchanged, with parent", unchanged, largeBytes, cpuSeconds() - cpu);
            cpu = cpuSeconds();

            SnapshotResult reread = repository.snapshot(large, Map.of("set", "large"), options);
            report("large files, re-read without parent", reread, largeBytes, cpuSeconds() - cpu);
            cpu = cpuSeconds();

            int edited = editOneFileInTen(large, largeFiles);
            SnapshotResult changed = repository.snapshot(large, Map.of("set", "large"),
                    options.withParent(reread.snapshotId()));
            report("large files, " + edited + " of " + largeFiles + " edited", changed, largeBytes, cpuSeconds() - cpu);
            cpu = cpuSeconds();

            SnapshotResult smallFirst = repository.snapshot(small, Map.of("set", "small"), options);
            report("small files, first snapshot", smallFirst, smallFirst.bytes(), cpuSeconds() - cpu);
            cpu = cpuSeconds();
            SnapshotResult smallAgain = repository.snapshot(small, Map.of("set", "small"),
                    options.withParent(smallFirst.snapshotId()));
            report("small files, unchanged, with parent", smallAgain, smallFirst.bytes(), cpuSeconds() - cpu);
            cpu = cpuSeconds();

            Path restoreTarget = work.resolve("restore");
            RestoreResult restored = repository.restore(first.snapshotId(), "", restoreTarget,
                    RestoreOptions.DEFAULT.withParallelFiles(parallel).withOwnership(OwnershipPolicy.IGNORE));
            double restoreCpu = cpuSeconds() - cpu;
            System.out.printf("%-38s %7.1f MB/s                 | per CPU-s: %7.1f MB  (%d bytes, %.2f s wall,"
                    + " %.2f s CPU)%n", "restore of large files",
                    restored.bytes() / MIB / seconds(restored.duration()), restored.bytes() / MIB / restoreCpu,
                    restored.bytes(), seconds(restored.duration()), restoreCpu);

            long logical = 3 * largeBytes + changed.bytes() + 2 * smallFirst.bytes();
            long stored = storage.list("").stream().mapToLong(BlobInfo::length).sum();
            long packs = storage.list(BlobLayout.PACKS).size();
            System.out.printf("%-38s %7.2f x  (%d logical bytes in 6 snapshots, %d stored bytes, %d packs)%n",
                    "deduplication ratio", (double) logical / stored, logical, stored, packs);
        }
        System.out.printf("%-38s %s%n", "peak RSS", peakRss());
        deleteRecursively(work);
    }

    /** Process CPU time so far; figures per CPU-second stay meaningful on a machine shared with other work. */
    private static double cpuSeconds() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1e9;
    }

    private static void report(String what, SnapshotResult result, long bytes, double cpu) {
        double seconds = seconds(result.duration());
        System.out.printf("%-38s %7.1f MB/s %7.0f files/s | per CPU-s: %7.1f MB %7.0f files"
                + "  (%d files, %d new bytes, %d reused files, %.2f s wall, %.2f s CPU)%n",
                what, bytes / MIB / seconds, result.files() / seconds, bytes / MIB / cpu, result.files() / cpu,
                result.files(), result.newBytes(), result.reusedFiles(), seconds, cpu);
    }

    private static double seconds(java.time.Duration duration) {
        return Math.max(duration.toNanos(), 1) / 1e9;
    }

    /** Incompressible data, as from media or already-compressed files: measures hashing and encryption. */
    private static void generateLarge(Path dir, int count, int mib) throws IOException {
        Random random = new Random(1);
        byte[] block = new byte[1024 * 1024];
        for (int i = 0; i < count; i++) {
            try (var out = Files.newOutputStream(dir.resolve("large-" + i + ".bin"))) {
                for (int m = 0; m < mib; m++) {
                    random.nextBytes(block);
                    out.write(block);
                }
            }
        }
    }

    /** 4 KiB text-like files, 100 per directory. */
    private static void generateSmall(Path dir, int count) throws IOException {
        Random random = new Random(2);
        byte[] data = new byte[4096];
        for (int i = 0; i < count; i++) {
            Path sub = Files.createDirectories(dir.resolve("d" + (i / 100)));
            for (int b = 0; b < data.length; b++) {
                data[b] = (byte) ('a' + random.nextInt(26));
            }
            Files.write(sub.resolve("f" + i + ".txt"), data);
        }
    }

    /** Overwrites 3 bytes in one file of every ten (at least one file); returns how many files it edited. */
    private static int editOneFileInTen(Path dir, int count) throws IOException {
        int toChange = Math.max(1, count / 10);
        for (int i = 0; i < toChange; i++) {
            try (var channel = java.nio.channels.FileChannel.open(dir.resolve("large-" + i + ".bin"),
                    java.nio.file.StandardOpenOption.WRITE)) {
                channel.write(java.nio.ByteBuffer.wrap(new byte[] {1, 2, 3}), 4096);
            }
        }
        return toChange;
    }

    private static String peakRss() throws IOException {
        try (Stream<String> lines = Files.lines(Path.of("/proc/self/status"))) {
            return lines.filter(line -> line.startsWith("VmHWM:")).findFirst().map(line -> line.substring(6).trim())
                    .orElse("unknown");
        }
    }

    private static void deleteRecursively(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
