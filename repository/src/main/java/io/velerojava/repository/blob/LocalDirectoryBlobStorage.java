package io.velerojava.repository.blob;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Blob storage in a local directory: one file per blob. Writes go to a temporary file in the same directory that is
 * synced and then renamed into place, so a crash never leaves a partial blob under a real name.
 */
public final class LocalDirectoryBlobStorage implements BlobStorage {

    private static final String TEMP_SUFFIX = ".tmp";
    /**
     * Reads and writes go through the channel at most this much at a time: the JDK copies heap buffers through a
     * temporary direct buffer of the request's size and keeps it per thread, so whole 16 MiB packs would pin 16 MiB
     * of native memory in every thread that ever stored or read one.
     */
    static final int IO_SLICE = 1024 * 1024;

    private final Path root;

    public LocalDirectoryBlobStorage(Path root) throws IOException {
        this.root = Files.createDirectories(root).toAbsolutePath();
    }

    public Path root() {
        return root;
    }

    @Override
    public void put(String name, byte[] data) throws IOException {
        Path target = pathOf(name);
        Files.createDirectories(target.getParent());
        Path temp = target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + TEMP_SUFFIX);
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                for (int position = 0; position < data.length; ) {
                    position += channel.write(ByteBuffer.wrap(data, position, Math.min(IO_SLICE, data.length - position)));
                }
                channel.force(true);
            }
            moveIntoPlace(temp, target);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    @Override
    public byte[] get(String name) throws IOException {
        try (FileChannel channel = FileChannel.open(pathOf(name), StandardOpenOption.READ)) {
            long size = channel.size();
            if (size > Integer.MAX_VALUE - 8) {
                throw new IOException("blob '" + name + "' is too large to read whole: " + size + " bytes");
            }
            return read(channel, name, 0, (int) size);
        } catch (NoSuchFileException e) {
            throw new BlobNotFoundException(name);
        }
    }

    @Override
    public byte[] get(String name, long offset, int length) throws IOException {
        try (FileChannel channel = FileChannel.open(pathOf(name), StandardOpenOption.READ)) {
            BlobNames.checkRange(name, channel.size(), offset, length);
            return read(channel, name, offset, length);
        } catch (NoSuchFileException e) {
            throw new BlobNotFoundException(name);
        }
    }

    private static byte[] read(FileChannel channel, String name, long offset, int length) throws IOException {
        byte[] data = new byte[length];
        for (int position = 0; position < length; ) {
            int read = channel.read(ByteBuffer.wrap(data, position, Math.min(IO_SLICE, length - position)),
                    offset + position);
            if (read < 0) {
                throw new IOException("blob '" + name + "' ended early while reading " + length + " bytes at " + offset);
            }
            position += read;
        }
        return data;
    }

    @Override
    public List<BlobInfo> list(String prefix) throws IOException {
        BlobNames.requireValidPrefix(prefix);
        int slash = prefix.lastIndexOf('/');
        Path start = slash < 0 ? root : root.resolve(prefix.substring(0, slash));
        List<BlobInfo> result = new ArrayList<>();
        if (!Files.isDirectory(start)) {
            return result;
        }
        Files.walkFileTree(start, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                String name = root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
                if (name.startsWith(prefix) && !file.getFileName().toString().endsWith(TEMP_SUFFIX)) {
                    result.add(new BlobInfo(name, attributes.size()));
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                if (e instanceof NoSuchFileException) {
                    return FileVisitResult.CONTINUE; // deleted while listing
                }
                throw e;
            }
        });
        return result;
    }

    @Override
    public void delete(String name) throws IOException {
        Files.deleteIfExists(pathOf(name));
    }

    @Override
    public boolean exists(String name) {
        return Files.isRegularFile(pathOf(name));
    }

    private Path pathOf(String name) {
        return root.resolve(BlobNames.requireValid(name));
    }

    private static void moveIntoPlace(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException("the file system of " + target.getParent()
                    + " cannot rename atomically; a blob storage directory needs a local POSIX file system", e);
        }
    }
}
