package io.velerojava.repository.snapshot;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.UserDefinedFileAttributeView;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the snapshot records about a path, read without following symbolic links. On Linux the {@code unix:} view
 * gives mode, owner, inode and link count in one call; elsewhere only the basic attributes are known.
 */
record FileMetadata(Kind kind, Integer mode, Integer uid, Integer gid, long mtimeNanos, long size, Long device,
        Long inode, int linkCount) {

    enum Kind {
        DIRECTORY, FILE, SYMLINK, OTHER
    }

    /**
     * Named, not {@code unix:*}: that would also resolve the owner and group names, reading /etc/passwd and /etc/group
     * for every file (two opens and parses per file, most of the system calls of an unchanged re-backup).
     */
    private static final String UNIX_ATTRIBUTES = "unix:mode,uid,gid,lastModifiedTime,size,dev,ino,nlink";

    static FileMetadata read(Path path) throws IOException {
        if (supportsUnixView(path.getFileSystem())) {
            Map<String, Object> unix = Files.readAttributes(path, UNIX_ATTRIBUTES, LinkOption.NOFOLLOW_LINKS);
            int mode = (Integer) unix.get("mode");
            return new FileMetadata(kindOf(mode), mode & 07777, (Integer) unix.get("uid"), (Integer) unix.get("gid"),
                    nanos((FileTime) unix.get("lastModifiedTime")), (Long) unix.get("size"), (Long) unix.get("dev"),
                    (Long) unix.get("ino"), (Integer) unix.get("nlink"));
        }
        BasicFileAttributes basic = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        Kind kind = basic.isDirectory() ? Kind.DIRECTORY
                : basic.isSymbolicLink() ? Kind.SYMLINK
                : basic.isRegularFile() ? Kind.FILE : Kind.OTHER;
        return new FileMetadata(kind, null, null, null, nanos(basic.lastModifiedTime()), basic.size(), null, null, 1);
    }

    private static boolean supportsUnixView(FileSystem fileSystem) {
        return fileSystem.supportedFileAttributeViews().contains("unix");
    }

    private static Kind kindOf(int mode) {
        return switch (mode & 0170000) {
            case 0040000 -> Kind.DIRECTORY;
            case 0100000 -> Kind.FILE;
            case 0120000 -> Kind.SYMLINK;
            default -> Kind.OTHER;
        };
    }

    static long nanos(FileTime time) {
        Instant instant = time.toInstant();
        return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000_000L), instant.getNano());
    }

    static FileTime fileTime(long nanos) {
        return FileTime.from(Instant.ofEpochSecond(Math.floorDiv(nanos, 1_000_000_000L),
                Math.floorMod(nanos, 1_000_000_000L)));
    }

    /** User extended attributes, best effort: file systems without them (or without permission) yield none. */
    static Map<String, String> userXattrs(Path path) {
        UserDefinedFileAttributeView view = Files.getFileAttributeView(path, UserDefinedFileAttributeView.class);
        if (view == null) {
            return null;
        }
        try {
            Map<String, String> result = new TreeMap<>();
            for (String name : view.list()) {
                ByteBuffer value = ByteBuffer.allocate(view.size(name));
                view.read(name, value);
                result.put(name, Base64.getEncoder().encodeToString(value.array()));
            }
            return result.isEmpty() ? null : result;
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return null;
        }
    }

    /** Whether the file may have other names that the snapshot must record as hard links. */
    boolean hasOtherNames() {
        return kind == Kind.FILE && linkCount > 1 && inode != null && device != null;
    }
}
