package io.velerojava.repository;

import static org.assertj.core.api.Assertions.assertThat;

import io.velerojava.repository.blob.LocalDirectoryBlobStorage;
import io.velerojava.repository.content.KeyDerivation;
import io.velerojava.repository.maintenance.CheckMode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.UserDefinedFileAttributeView;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Acceptance (issue 8): a generated tree of about 1 GiB goes through a local-directory repository and comes back
 * identical: contents, modes, owners, mtimes (files, directories and symlinks), symlink targets, hard links still
 * linked, empty files and directories, a sparse file that stays sparse, odd names, extended attributes.
 *
 * <p>The size is {@code -Drepository.roundTrip.mib=1024} (the default); the data is a seeded random pool stamped
 * per 4 KiB so that it is fast to generate yet incompressible and unique, apart from the deliberate duplicates.
 */
class GeneratedTreeRoundTripIT {

    private static final String SIZE_PROPERTY = "repository.roundTrip.mib";
    private static final int MIB = 1024 * 1024;
    private static final int STAMP_EVERY = 4096;

    @TempDir
    Path temp;

    @Test
    void aGeneratedTreeRestoresIdentically() throws Exception {
        long totalBytes = Long.getLong(SIZE_PROPERTY, 1024) * MIB;
        Path source = temp.resolve("source");
        Instant started = Instant.now();
        TreeGenerator generator = new TreeGenerator(source, totalBytes);
        generator.write();
        Map<String, String> expected = describe(source);
        Instant generated = Instant.now();

        RepositoryOptions options = RepositoryOptions.DEFAULT
                .withKeyDerivationIterations(KeyDerivation.MINIMUM_ITERATIONS);
        Path target = temp.resolve("restored");
        SnapshotResult snapshot;
        RestoreResult restored;
        Instant snapshotted;
        try (Repository repository = Repository.create(new LocalDirectoryBlobStorage(temp.resolve("repo")),
                "round trip", options)) {
            snapshot = repository.snapshot(source, Map.of("test", "round-trip"), SnapshotOptions.DEFAULT);
            snapshotted = Instant.now();
            restored = repository.restore(snapshot.snapshotId(), "", target, RestoreOptions.DEFAULT);
            assertThat(repository.check(CheckMode.QUICK).problems()).isEmpty();
        }
        Instant restoredAt = Instant.now();
        Map<String, String> actual = describe(target);
        System.out.printf("round trip of %d MiB in %d entries: generate+describe %s, snapshot %s (%d new bytes),"
                + " restore %s, describe %s%n", generator.fileBytes / MIB, expected.size(),
                Duration.between(started, generated), Duration.between(generated, snapshotted), snapshot.newBytes(),
                Duration.between(snapshotted, restoredAt), Duration.between(restoredAt, Instant.now()));

        assertThat(snapshot.warnings()).isEmpty();
        assertThat(restored.warnings()).isEmpty();
        assertThat(differences(expected, actual)).isEmpty();
        assertThat(restored.files()).isEqualTo(snapshot.files());
        // the description is only as good as what was generated: make sure the odd cases are really in it
        assertThat(actual).hasSize(expected.size()).containsKeys("odd/new\nline", "empty/nested/deeper");
        assertThat(actual.get("empty/nested/deeper")).startsWith("dir ");
        assertThat(actual.values()).filteredOn(line -> line.contains(" hardlink-group=")).hasSizeGreaterThan(5);
        assertThat(Files.isSameFile(target.resolve("big/random-2.bin"), target.resolve("links/second name")))
                .isTrue();
        assertThat(generator.fileBytes).isGreaterThan(totalBytes * 95 / 100);
        // the duplicates and the sparse file's hole are stored once: new data is well below the logical size
        assertThat(snapshot.newBytes()).isLessThan(snapshot.bytes() - generator.duplicatedBytes / 2);
        Path sparse = target.resolve("sparse/disk.img");
        assertThat(allocatedBytes(sparse)).isLessThan(Files.size(sparse) / 4);
    }

    /** Writes the tree. Sizes scale with {@code totalBytes}; names, links and modes are always the same. */
    private static final class TreeGenerator {
        private final Path root;
        private final long totalBytes;
        private final SplittableRandom random = new SplittableRandom(8);
        private final byte[] pool = new byte[4 * MIB];
        private long stamp;
        /** Bytes of all regular files (a hard-linked one once), holes included. */
        long fileBytes;
        /** Bytes that repeat others: copies and the sparse file's hole. */
        long duplicatedBytes;

        TreeGenerator(Path root, long totalBytes) {
            this.root = root;
            this.totalBytes = totalBytes;
            new SplittableRandom(1).nextBytes(pool);
        }

        void write() throws IOException {
            writeBigFiles();
            writeSmallFiles();
            writeOddEntries();
            setTimes();
        }

        private void writeBigFiles() throws IOException {
            Path big = Files.createDirectories(root.resolve("big"));
            writeUnique(big.resolve("random-0.bin"), totalBytes * 35 / 100 + 12_345);
            writeUnique(big.resolve("random-1.bin"), totalBytes * 12 / 100 + 1);
            copy(big.resolve("random-1.bin"), big.resolve("copy of random-1.bin"));
            writeUnique(big.resolve("random-2.bin"), totalBytes * 5 / 100 + 777);
            Files.createDirectories(root.resolve("links"));
            Files.createDirectories(root.resolve("ünïcödé"));
            Files.createLink(root.resolve("links/second name"), big.resolve("random-2.bin"));
            Files.createLink(root.resolve("ünïcödé/third"), big.resolve("random-2.bin"));
            writeText(big.resolve("compressible.txt"), totalBytes * 5 / 100);
            Files.setAttribute(big.resolve("random-0.bin"), "unix:mode", 0600);
            Files.setAttribute(big.resolve("compressible.txt"), "unix:mode", 0444);

            // a disk image: mostly a hole, with data at its start, in its middle and at its very end
            Path sparse = Files.createDirectories(root.resolve("sparse")).resolve("disk.img");
            long length = Math.max(totalBytes / 10, 8L * MIB) + 3;
            try (FileChannel channel = FileChannel.open(sparse, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                for (long offset : new long[] {0, length / 2 + 5, length - 100_000}) {
                    channel.write(uniqueBlock(100_000), offset);
                }
            }
            fileBytes += length;
            duplicatedBytes += length - 300_000;
        }

        /**
         * Small files (about a fifth of the data) in 100 directories: sizes 0 to 20 KiB, every 25th empty, every 10th
         * a copy of an earlier one, every 40th hard-linked into another directory, varied modes.
         */
        private void writeSmallFiles() throws IOException {
            int count = (int) Math.max(200, totalBytes / MIB * 21);
            int[] modes = {0644, 0600, 0755, 0444, 0640, 0700};
            List<Path> written = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                Path dir = Files.createDirectories(root.resolve(String.format("small/d%03d", i % 100)));
                Path file = dir.resolve(String.format("f%05d%s", i, i % 7 == 0 ? " with space.txt" : ".dat"));
                if (i % 10 == 9) {
                    copy(written.get(random.nextInt(written.size())), file);
                } else if (i % 25 == 0) {
                    Files.createFile(file);
                } else {
                    writeUnique(file, random.nextInt(20 * 1024 + 1));
                }
                if (i % 40 == 1) {
                    Path otherDir = Files.createDirectories(root.resolve(String.format("small/d%03d", (i + 50) % 100)));
                    Files.createLink(otherDir.resolve(String.format("link-to-f%05d", i)), file);
                }
                Files.setAttribute(file, "unix:mode", modes[i % modes.length]);
                written.add(file);
            }
        }

        private void writeOddEntries() throws IOException {
            Path odd = Files.createDirectories(root.resolve("odd"));
            for (String name : List.of("with space", "tab\there", "new\nline", "ünïcödé ñ.txt", "日本語.txt",
                    "emoji 🎉", "-leading-dash", "back\\slash", "quotes '\" and *?[", " leading and trailing ",
                    "x".repeat(255), "é".repeat(127))) {
                byte[] content = ("content of " + name).getBytes(StandardCharsets.UTF_8);
                Files.write(odd.resolve(name), content, StandardOpenOption.CREATE_NEW);
                fileBytes += content.length;
            }
            Files.createFile(odd.resolve("empty file"));
            Files.createDirectories(root.resolve("empty/nested/deeper"));
            Files.createDirectories(root.resolve("empty dir with mode 0700"));
            Files.setAttribute(root.resolve("empty dir with mode 0700"), "unix:mode", 0700);

            Path modes = Files.createDirectories(root.resolve("modes"));
            Map<String, Integer> fileModes = new TreeMap<>(Map.of("setuid", 04755, "setgid", 02755,
                    "read-only", 0400, "group-write", 0664, "all", 0777));
            if (TestTrees.IS_ROOT) {
                fileModes.put("no-access", 0000); // only root can read it to back it up
            }
            for (Map.Entry<String, Integer> entry : fileModes.entrySet()) {
                Path file = modes.resolve(entry.getKey());
                writeUnique(file, 1000);
                Files.setAttribute(file, "unix:mode", entry.getValue());
            }
            Path readOnlyDir = Files.createDirectories(modes.resolve("read-only dir"));
            writeUnique(readOnlyDir.resolve("inside"), 5000);
            Files.setAttribute(readOnlyDir, "unix:mode", 0555);
            Path sticky = Files.createDirectories(modes.resolve("sticky"));
            Files.setAttribute(sticky, "unix:mode", 01777);
            Path setgidDir = Files.createDirectories(modes.resolve("setgid dir"));
            Files.setAttribute(setgidDir, "unix:mode", 02775);
            if (TestTrees.IS_ROOT) {
                Files.setAttribute(modes.resolve("group-write"), "unix:uid", 1234, LinkOption.NOFOLLOW_LINKS);
                Files.setAttribute(modes.resolve("group-write"), "unix:gid", 5678, LinkOption.NOFOLLOW_LINKS);
                Files.setAttribute(setgidDir, "unix:uid", 4321, LinkOption.NOFOLLOW_LINKS);
            }
            TestTrees.setXattrIfSupported(modes.resolve("all"), "velero.test", "file value");
            TestTrees.setXattrIfSupported(sticky, "velero.dir", "dir value");

            Path links = root.resolve("links");
            Files.createSymbolicLink(links.resolve("relative"), Path.of("../big/random-1.bin"));
            Files.createSymbolicLink(links.resolve("absolute"), Path.of("/etc/hostname"));
            Files.createSymbolicLink(links.resolve("dangling"), Path.of("does/not/exist"));
            Files.createSymbolicLink(links.resolve("to a dir"), Path.of("../small/d007"));
            Files.createSymbolicLink(links.resolve("to a link"), Path.of("relative"));
            Files.createSymbolicLink(links.resolve("odd target"), Path.of("../odd/new\nline"));
            Files.createSymbolicLink(odd.resolve("ünïcödé link"), Path.of("日本語.txt"));
            if (TestTrees.IS_ROOT) {
                Files.setAttribute(links.resolve("dangling"), "unix:uid", 2000, LinkOption.NOFOLLOW_LINKS);
            }
        }

        /** Every entry gets its own mtime with nanoseconds (one before 1970, one after 2100); deepest first. */
        private void setTimes() throws IOException {
            List<Path> paths;
            try (Stream<Path> walk = Files.walk(root)) {
                paths = walk.sorted((x, y) -> y.getNameCount() - x.getNameCount()).toList();
            }
            for (Path path : paths) {
                long seconds = path.endsWith("-leading-dash") ? -14_182_940L
                        : path.endsWith("emoji 🎉") ? 4_200_000_000L
                        : 1_500_000_000L + random.nextInt(300_000_000);
                FileTime time = FileTime.from(Instant.ofEpochSecond(seconds, random.nextInt(1_000_000_000)));
                Files.getFileAttributeView(path, BasicFileAttributeView.class, LinkOption.NOFOLLOW_LINKS)
                        .setTimes(time, null, null);
            }
        }

        private void copy(Path original, Path copy) throws IOException {
            Files.copy(original, copy);
            fileBytes += Files.size(copy);
            duplicatedBytes += Files.size(copy);
        }

        /** {@code size} bytes no other file has: the pool from a random offset, stamped every 4 KiB. */
        private void writeUnique(Path file, long size) throws IOException {
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                fileBytes += size;
                for (long left = size; left > 0; ) {
                    ByteBuffer block = uniqueBlock((int) Math.min(left, MIB));
                    left -= block.remaining();
                    while (block.hasRemaining()) {
                        channel.write(block);
                    }
                }
            }
        }

        private ByteBuffer uniqueBlock(int size) {
            ByteBuffer block = ByteBuffer.allocate(size);
            block.put(pool, random.nextInt(pool.length - size + 1), size);
            for (int offset = 0; offset + Long.BYTES <= size; offset += STAMP_EVERY) {
                block.putLong(offset, ++stamp * 0x9E3779B97F4A7C15L);
            }
            return block.flip();
        }

        private void writeText(Path file, long size) throws IOException {
            StringBuilder text = new StringBuilder();
            for (int line = 0; text.length() < MIB; line++) {
                text.append("line ").append(line).append(": the quick brown fox ").append(random.nextInt(1000))
                        .append('\n');
            }
            byte[] block = text.toString().getBytes(StandardCharsets.US_ASCII);
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                fileBytes += size;
                for (long left = size; left > 0; left -= block.length) {
                    channel.write(ByteBuffer.wrap(block, 0, (int) Math.min(left, block.length)));
                }
            }
        }
    }

    /**
     * Everything a restore must reproduce, per relative path (the root is ""): type, mode, owner, mtime, size,
     * SHA-256, symlink target, the first name of a hard-linked file's inode within the tree, extended attributes.
     */
    private static Map<String, String> describe(Path root) throws IOException {
        Map<String, String> description = new TreeMap<>();
        Map<String, String> firstNameOfInode = new HashMap<>();
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(root)) {
            paths = walk.sorted().toList();
        }
        for (Path path : paths) {
            String relative = root.relativize(path).toString();
            Map<String, Object> unix = Files.readAttributes(path, "unix:*", LinkOption.NOFOLLOW_LINKS);
            StringBuilder line = new StringBuilder();
            line.append(Files.isSymbolicLink(path) ? "symlink" : Files.isDirectory(path) ? "dir" : "file");
            line.append(" mode=").append(Integer.toOctalString((Integer) unix.get("mode")));
            line.append(" owner=").append(unix.get("uid")).append(':').append(unix.get("gid"));
            line.append(" mtime=").append(unix.get("lastModifiedTime"));
            if (Files.isSymbolicLink(path)) {
                line.append(" target=").append(Files.readSymbolicLink(path));
            } else if (Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
                line.append(" size=").append(unix.get("size")).append(" sha256=").append(sha256(path));
                if ((Integer) unix.get("nlink") > 1) {
                    String inode = unix.get("dev") + ":" + unix.get("ino");
                    line.append(" hardlink-group=").append(firstNameOfInode.computeIfAbsent(inode, k -> relative));
                }
            }
            if (!Files.isSymbolicLink(path)) {
                line.append(xattrs(path));
            }
            description.put(relative, line.toString());
        }
        return description;
    }

    private static String xattrs(Path path) throws IOException {
        UserDefinedFileAttributeView view = Files.getFileAttributeView(path, UserDefinedFileAttributeView.class);
        StringBuilder text = new StringBuilder();
        try {
            for (String name : new TreeSet<>(view.list())) {
                ByteBuffer value = ByteBuffer.allocate(view.size(name));
                view.read(name, value);
                text.append(" xattr:").append(name).append('=')
                        .append(new String(value.array(), 0, value.position(), StandardCharsets.UTF_8));
            }
        } catch (UnsupportedOperationException e) {
            return "";
        }
        return text.toString();
    }

    private static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[MIB];
            for (int read; (read = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, read);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One line per path that differs, is missing or is extra, so a failure names exactly what went wrong. */
    private static List<String> differences(Map<String, String> expected, Map<String, String> actual) {
        List<String> differences = new ArrayList<>();
        for (Map.Entry<String, String> entry : expected.entrySet()) {
            String restored = actual.get(entry.getKey());
            if (!entry.getValue().equals(restored)) {
                differences.add("'" + entry.getKey() + "': source " + entry.getValue() + ", restored "
                        + (restored == null ? "MISSING" : restored));
            }
        }
        actual.keySet().stream().filter(path -> !expected.containsKey(path))
                .forEach(path -> differences.add("'" + path + "': only in the restored tree"));
        return differences;
    }

    private static long allocatedBytes(Path file) throws IOException, InterruptedException {
        Process stat = new ProcessBuilder("stat", "-c", "%b %B", file.toString()).start();
        String[] blocksAndSize = new String(stat.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).trim()
                .split(" ");
        assertThat(stat.waitFor()).isZero();
        return Long.parseLong(blocksAndSize[0]) * Long.parseLong(blocksAndSize[1]);
    }
}
