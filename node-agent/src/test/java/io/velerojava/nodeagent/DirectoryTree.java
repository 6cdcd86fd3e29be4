package io.velerojava.nodeagent;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;

/** A small tree with the usual variety of a volume, and a description of a tree to compare two of them. */
public final class DirectoryTree {

    private DirectoryTree() {
    }

    /** Writes files of several sizes, an empty file and directory, a symlink and an odd name; returns the bytes. */
    public static long write(Path root, long seed) throws IOException {
        Random random = new Random(seed);
        byte[] big = new byte[3 * 1024 * 1024 + 17];
        random.nextBytes(big);
        Files.write(root.resolve("big.bin"), big);
        Files.writeString(root.resolve("notes.txt"), "hello from the volume\n");
        Path nested = Files.createDirectories(root.resolve("a/b/c"));
        for (int i = 0; i < 40; i++) {
            byte[] small = new byte[random.nextInt(5000)];
            random.nextBytes(small);
            Files.write(nested.resolve("file-" + i + ".dat"), small);
        }
        Files.write(root.resolve("empty"), new byte[0]);
        Files.createDirectories(root.resolve("empty-dir"));
        Files.writeString(root.resolve("spaced name \u00e9.txt"), "odd name");
        Files.setPosixFilePermissions(root.resolve("notes.txt"), PosixFilePermissions.fromString("rw-r-----"));
        Files.createSymbolicLink(root.resolve("link-to-notes"), Path.of("notes.txt"));
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(file -> Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS))
                    .mapToLong(DirectoryTree::size).sum();
        }
    }

    /** Each entry by relative path: type, permissions and content hash (files) or target (symlinks). */
    public static Map<String, String> describe(Path root) throws IOException {
        Map<String, String> entries = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : (Iterable<Path>) paths.filter(path -> !path.equals(root))::iterator) {
                entries.put(root.relativize(path).toString(), describeEntry(path));
            }
        }
        return entries;
    }

    private static String describeEntry(Path path) throws IOException {
        if (Files.isSymbolicLink(path)) {
            return "link -> " + Files.readSymbolicLink(path);
        }
        String permissions = PosixFilePermissions.toString(Files.getPosixFilePermissions(path,
                LinkOption.NOFOLLOW_LINKS));
        if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
            return "dir " + permissions;
        }
        return "file " + permissions + " " + sha256(Files.readAllBytes(path));
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
