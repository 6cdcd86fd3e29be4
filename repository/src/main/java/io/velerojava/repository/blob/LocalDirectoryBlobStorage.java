package io.velerojava.repository.blob;

import java.io.IOException;
import java.io.InterruptedIOException;
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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Blob storage in a local directory: one file per blob. Writes go to a temporary file in the same directory that is
 * renamed into place, so a reader never sees a partial blob.
 *
 * <p>Durability keeps the repository's write order (an index is written only after the packs it names are stored)
 * without making every pack wait for the disk: a pack ({@value #PACKS}) is synced by a background thread after its
 * rename, while the caller goes on hashing and compressing; any other blob (index, manifest, session marker, config)
 * first waits until every pack stored before it is synced, syncs those packs' directories once, and is then written,
 * synced and its directory synced before {@code put} returns. A power loss can thus leave a partial pack under its
 * name, but never one that an index names: maintenance deletes it like any other unreferenced pack.
 */
public final class LocalDirectoryBlobStorage implements BlobStorage {

    /** Blobs that nothing references until a later blob (an index) names them: their sync may run in the background. */
    static final String PACKS = "packs/";
    /** Pack syncs at once: enough to keep a disk's queue full, few because each mostly waits. */
    private static final int SYNC_THREADS = 4;

    private static final String TEMP_SUFFIX = ".tmp";
    /**
     * Reads and writes go through the channel at most this much at a time: the JDK copies heap buffers through a
     * temporary direct buffer of the request's size and keeps it per thread, so whole 16 MiB packs would pin 16 MiB
     * of native memory in every thread that ever stored or read one.
     */
    static final int IO_SLICE = 1024 * 1024;

    private final Path root;
    private final FileSyncer syncer;
    private final ExecutorService packSyncs;
    /** Packs renamed into place whose sync has not been awaited by a later non-pack put; by the pack's directory. */
    private final List<PendingSync> pendingSyncs = new ArrayList<>();

    public LocalDirectoryBlobStorage(Path root) throws IOException {
        this(root, FileSyncer.FSYNC);
    }

    LocalDirectoryBlobStorage(Path root, FileSyncer syncer) throws IOException {
        this.root = Files.createDirectories(root).toAbsolutePath();
        this.syncer = syncer;
        ThreadPoolExecutor pool = new ThreadPoolExecutor(SYNC_THREADS, SYNC_THREADS, 10, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), task -> {
                    Thread thread = new Thread(task, "blob-sync");
                    thread.setDaemon(true);
                    return thread;
                });
        pool.allowCoreThreadTimeOut(true);
        this.packSyncs = pool;
    }

    /** Makes a file's or directory's contents durable; a seam so tests can observe the order of syncs. */
    @FunctionalInterface
    interface FileSyncer {
        FileSyncer FSYNC = path -> {
            try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
                channel.force(true);
            }
        };

        void sync(Path path) throws IOException;
    }

    private record PendingSync(Path directory, Future<?> sync) {
    }

    public Path root() {
        return root;
    }

    @Override
    public void put(String name, byte[] data) throws IOException {
        Path target = pathOf(name);
        if (name.startsWith(PACKS)) {
            write(target, data, false);
            Future<?> sync = packSyncs.submit(() -> {
                try {
                    syncer.sync(target);
                } catch (NoSuchFileException deletedMeanwhile) {
                    // nothing left to make durable
                }
                return null;
            });
            synchronized (pendingSyncs) {
                pendingSyncs.add(new PendingSync(target.getParent(), sync));
            }
        } else {
            awaitPackSyncs();
            write(target, data, true);
            syncer.sync(target.getParent());
        }
    }

    /** Waits for the syncs of every pack stored so far, then syncs their directories so their names are durable. */
    private void awaitPackSyncs() throws IOException {
        List<PendingSync> pending;
        synchronized (pendingSyncs) {
            pending = List.copyOf(pendingSyncs);
            pendingSyncs.clear();
        }
        Set<Path> directories = new LinkedHashSet<>();
        IOException failure = null;
        for (PendingSync each : pending) {
            try {
                each.sync().get();
                directories.add(each.directory());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while waiting for packs to reach the disk");
            } catch (ExecutionException e) {
                IOException cause = e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
                if (failure == null) {
                    failure = new IOException("a stored pack could not be synced to disk: " + cause.getMessage(), cause);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
        for (Path directory : directories) {
            syncer.sync(directory);
        }
    }

    /** Writes a temporary file and renames it into place; {@code syncFirst}: synced before the rename. */
    private void write(Path target, byte[] data, boolean syncFirst) throws IOException {
        Files.createDirectories(target.getParent());
        Path temp = target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + TEMP_SUFFIX);
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                for (int position = 0; position < data.length; ) {
                    position += channel.write(ByteBuffer.wrap(data, position, Math.min(IO_SLICE, data.length - position)));
                }
            }
            if (syncFirst) {
                syncer.sync(temp);
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
