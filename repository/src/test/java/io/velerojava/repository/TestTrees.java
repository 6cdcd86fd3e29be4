package io.velerojava.repository;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.UserDefinedFileAttributeView;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Builds file trees for tests and describes them for comparison. */
public final class TestTrees {

    static final boolean IS_ROOT = "root".equals(System.getProperty("user.name"));

    private TestTrees() {
    }

    public static byte[] randomBytes(int size, long seed) {
        byte[] data = new byte[size];
        new Random(seed).nextBytes(data);
        return data;
    }

    /**
     * A tree with nested directories, random and compressible files, empty files and an empty directory, a large
     * file, a sparse file, symlinks (relative, absolute, dangling), hard links, odd names, varied modes, owners and
     * nanosecond mtimes.
     */
    public static void writeVariedTree(Path root, long seed) throws IOException {
        Random random = new Random(seed);
        Files.createDirectories(root);
        for (String dirName : List.of("a", "a/b", "a/b/c", "with space", "ünïcödé", "empty-dir", "private")) {
            Files.createDirectories(root.resolve(dirName));
        }
        int index = 0;
        for (String dir : List.of("", "a", "a/b", "a/b/c", "with space", "ünïcödé")) {
            for (int i = 0; i < 6; i++) {
                int size = random.nextInt(4) == 0 ? random.nextInt(200_000) : random.nextInt(3000);
                byte[] data = i % 2 == 0 ? randomBytes(size, random.nextLong())
                        : ("line " + index + " of some compressible text\n").repeat(size / 30 + 1)
                                .getBytes(StandardCharsets.UTF_8);
                Files.write(root.resolve(dir).resolve("file-" + index++ + (i == 3 ? " x.txt" : ".bin")), data);
            }
        }
        Files.write(root.resolve("a/empty"), new byte[0]);
        Files.write(root.resolve("new\nline"), "odd name".getBytes(StandardCharsets.UTF_8));
        Files.write(root.resolve("large.bin"), randomBytes(3 * 1024 * 1024 + 17, seed));
        writeSparse(root.resolve("sparse.img"), 5L * 1024 * 1024);
        Files.createSymbolicLink(root.resolve("link-relative"), Path.of("a/b/file-12.bin"));
        Files.createSymbolicLink(root.resolve("a/link-absolute"), Path.of("/etc/hostname"));
        Files.createSymbolicLink(root.resolve("dangling"), Path.of("does/not/exist"));
        Files.createSymbolicLink(root.resolve("a/dir-link"), Path.of("b"));
        Files.write(root.resolve("a/hard-original"), randomBytes(10_000, seed + 1));
        Files.createLink(root.resolve("a/b/hard-second"), root.resolve("a/hard-original"));
        Files.createLink(root.resolve("hard-third"), root.resolve("a/hard-original"));
        Files.write(root.resolve("private/secret"), "s".getBytes(StandardCharsets.UTF_8));
        Files.setAttribute(root.resolve("private/secret"), "unix:mode", 0400);
        Files.setAttribute(root.resolve("file-0.bin"), "unix:mode", 04755);
        Files.setAttribute(root.resolve("a/b/file-12.bin"), "unix:mode", 0640);
        Files.setAttribute(root.resolve("private"), "unix:mode", 0700);
        Files.setAttribute(root.resolve("with space"), "unix:mode", 0555);
        setXattrIfSupported(root.resolve("a/empty"), "velero.test", "value");
        if (IS_ROOT) {
            Files.setAttribute(root.resolve("a/b/file-12.bin"), "unix:uid", 1234, LinkOption.NOFOLLOW_LINKS);
            Files.setAttribute(root.resolve("a/b/file-12.bin"), "unix:gid", 5678, LinkOption.NOFOLLOW_LINKS);
            Files.setAttribute(root.resolve("private"), "unix:uid", 4321, LinkOption.NOFOLLOW_LINKS);
        }
        setMtimes(root, random);
    }

    static void writeSparse(Path file, long length) throws IOException {
        try (var channel = java.nio.channels.FileChannel.open(file, java.nio.file.StandardOpenOption.CREATE_NEW,
                java.nio.file.StandardOpenOption.WRITE)) {
            channel.write(ByteBuffer.wrap("head".getBytes(StandardCharsets.UTF_8)), 0);
            channel.write(ByteBuffer.wrap("tail".getBytes(StandardCharsets.UTF_8)), length - 4);
        }
    }

    static boolean setXattrIfSupported(Path file, String name, String value) {
        try {
            Files.getFileAttributeView(file, UserDefinedFileAttributeView.class)
                    .write(name, ByteBuffer.wrap(value.getBytes(StandardCharsets.UTF_8)));
            return true;
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    /** Deepest paths first, so setting a child's time does not change its parent's afterwards. */
    private static void setMtimes(Path root, Random random) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted((x, y) -> y.getNameCount() - x.getNameCount()).toList()) {
                FileTime time = FileTime.from(Instant.ofEpochSecond(1_600_000_000L + random.nextInt(10_000_000),
                        random.nextInt(1_000_000_000)));
                Files.getFileAttributeView(path, BasicFileAttributeView.class, LinkOption.NOFOLLOW_LINKS)
                        .setTimes(time, null, null);
            }
        }
    }

    /** Everything a restore must reproduce, per relative path (the root is ""). */
    public static Map<String, String> describe(Path root) throws IOException {
        Map<String, String> description = new TreeMap<>();
        Map<Object, String> firstNameOfInode = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted().toList()) {
                String relative = root.relativize(path).toString();
                Map<String, Object> unix = Files.readAttributes(path, "unix:*", LinkOption.NOFOLLOW_LINKS);
                int mode = (Integer) unix.get("mode");
                StringBuilder line = new StringBuilder();
                line.append("mode=").append(Integer.toOctalString(mode));
                line.append(" owner=").append(unix.get("uid")).append(':').append(unix.get("gid"));
                if (Files.isSymbolicLink(path)) {
                    line.append(" symlink->").append(Files.readSymbolicLink(path));
                } else {
                    line.append(" mtime=").append(unix.get("lastModifiedTime"));
                }
                if (Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
                    line.append(" size=").append(unix.get("size")).append(" sha256=").append(sha256(path));
                    if ((Integer) unix.get("nlink") > 1) {
                        String key = unix.get("dev") + ":" + unix.get("ino");
                        String first = firstNameOfInode.computeIfAbsent(key, k -> relative);
                        line.append(" hardlink-group=").append(first);
                    }
                    xattr(path).ifPresent(value -> line.append(" xattr=").append(value));
                }
                description.put(relative, line.toString());
            }
        }
        return description;
    }

    private static java.util.Optional<String> xattr(Path file) {
        try {
            UserDefinedFileAttributeView view = Files.getFileAttributeView(file, UserDefinedFileAttributeView.class);
            return view.list().isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(view.list().toString());
        } catch (IOException | UnsupportedOperationException e) {
            return java.util.Optional.empty();
        }
    }

    static String sha256(Path file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
