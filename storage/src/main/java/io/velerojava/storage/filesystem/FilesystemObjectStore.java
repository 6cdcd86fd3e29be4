package io.velerojava.storage.filesystem;

import io.velerojava.storage.ByteRange;
import io.velerojava.storage.DeclaredLengthInputStream;
import io.velerojava.storage.ObjectInfo;
import io.velerojava.storage.ObjectNotFoundException;
import io.velerojava.storage.ObjectStore;
import io.velerojava.storage.ObjectStoreException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeSet;
import java.util.UUID;

/**
 * A bucket that is a directory: key {@code a/b/c} is the file {@code <bucket dir>/a/b/c}.
 *
 * <p>Puts write a staging file next to the target, fsync it, rename it into place atomically and fsync the
 * directory, so a crash leaves either the old or the new object. Directories exist only while they hold objects:
 * deleting the last object of a directory removes it, as a prefix disappears from a cloud listing. Unlike a cloud
 * bucket, a key cannot be both an object and the prefix of another ({@code a} and {@code a/b}); the bucket layout
 * never does that.
 */
public final class FilesystemObjectStore implements ObjectStore {

    private static final int PARENT_CREATION_ATTEMPTS = 3;

    private final BucketDirectory bucket;
    private final Optional<DownloadUrlSigner> signer;

    /**
     * @param bucketDirectory the directory that is the bucket
     * @param signer          makes download URLs; empty in processes that serve none (then
     *                        {@link #signedDownloadUrl} fails with an explanation)
     */
    public FilesystemObjectStore(Path bucketDirectory, Optional<DownloadUrlSigner> signer) {
        this.bucket = new BucketDirectory(bucketDirectory);
        this.signer = signer;
    }

    @Override
    public void put(String key, InputStream data, OptionalLong length) {
        Path target = bucket.fileOf(key);
        bucket.requireExists();
        InputStream source = length.isPresent() ? new DeclaredLengthInputStream(data, length.getAsLong()) : data;
        Path staging = null;
        try {
            staging = createStagingFile(target);
            try (FileChannel channel = FileChannel.open(staging, StandardOpenOption.WRITE);
                 OutputStream out = Channels.newOutputStream(channel)) {
                source.transferTo(out);
                channel.force(true);
            }
            if (Files.isDirectory(target)) {
                throw new ObjectStoreException("cannot store " + key + " in " + bucket.root()
                        + ": other objects have keys below it");
            }
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            staging = null;
            syncDirectory(target.getParent());
        } catch (IOException e) {
            throw new ObjectStoreException("cannot store " + key + " in " + bucket.root() + ": " + e.getMessage(), e);
        } finally {
            if (staging != null) {
                deleteQuietly(staging);
                pruneEmptyParents(staging);
            }
        }
    }

    /**
     * Creates the staging file, creating parent directories as needed; a concurrent delete may prune an empty parent
     * between the two steps, so that is retried.
     */
    private Path createStagingFile(Path target) throws IOException {
        Path parent = target.getParent();
        for (int attempt = 1; ; attempt++) {
            try {
                Files.createDirectories(parent);
                return Files.createFile(parent.resolve(BucketDirectory.STAGING_PREFIX + UUID.randomUUID()));
            } catch (NoSuchFileException e) {
                if (attempt == PARENT_CREATION_ATTEMPTS) {
                    throw e;
                }
            } catch (FileAlreadyExistsException | NotDirectoryException e) {
                throw new ObjectStoreException("cannot store " + bucket.keyOf(target) + " in " + bucket.root()
                        + ": a prefix of the key is already an object's key", e);
            }
        }
    }

    @Override
    public boolean exists(String key) {
        Path file = bucket.fileOf(key);
        bucket.requireExists();
        return Files.isRegularFile(file);
    }

    @Override
    public InputStream get(String key) {
        Path file = bucket.fileOf(key);
        bucket.requireExists();
        try {
            if (!Files.isRegularFile(file)) {
                throw notFound(key);
            }
            return Files.newInputStream(file);
        } catch (NoSuchFileException e) {
            throw notFound(key);
        } catch (IOException e) {
            throw new ObjectStoreException("cannot read " + key + " in " + bucket.root() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public InputStream get(String key, ByteRange range) {
        Path file = bucket.fileOf(key);
        bucket.requireExists();
        try {
            if (!Files.isRegularFile(file)) {
                throw notFound(key);
            }
            FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
            long size = channel.size();
            if (range.offset() >= size) {
                channel.close();
                throw new ObjectStoreException("range starting at " + range.offset() + " lies beyond the end of the "
                        + size + "-byte object " + key + " in " + bucket.root());
            }
            channel.position(range.offset());
            return new LimitedInputStream(Channels.newInputStream(channel), range.length());
        } catch (NoSuchFileException e) {
            throw notFound(key);
        } catch (IOException e) {
            throw new ObjectStoreException("cannot read " + key + " in " + bucket.root() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public List<String> listCommonPrefixes(String prefix, String delimiter) {
        if (delimiter.isEmpty()) {
            throw new IllegalArgumentException("delimiter must not be empty");
        }
        Path directory = bucket.directoryOf(prefix);
        bucket.requireExists();
        if (!delimiter.equals("/")) {
            return commonPrefixesFromKeys(prefix, delimiter);
        }
        String directoryKey = prefix.substring(0, prefix.lastIndexOf('/') + 1);
        String namePrefix = prefix.substring(directoryKey.length());
        TreeSet<String> result = new TreeSet<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (name.startsWith(namePrefix) && Files.isDirectory(entry) && holdsAnObject(entry)) {
                    result.add(directoryKey + name + "/");
                }
            }
        } catch (NoSuchFileException | NotDirectoryException e) {
            return List.of();
        } catch (IOException e) {
            throw new ObjectStoreException("cannot list " + prefix + " in " + bucket.root() + ": " + e.getMessage(), e);
        }
        return List.copyOf(result);
    }

    private List<String> commonPrefixesFromKeys(String prefix, String delimiter) {
        TreeSet<String> result = new TreeSet<>();
        for (ObjectInfo object : list(prefix)) {
            int end = object.key().indexOf(delimiter, prefix.length());
            if (end >= 0) {
                result.add(object.key().substring(0, end + delimiter.length()));
            }
        }
        return List.copyOf(result);
    }

    @Override
    public List<ObjectInfo> list(String prefix) {
        Path directory = bucket.directoryOf(prefix);
        bucket.requireExists();
        List<ObjectInfo> result = new ArrayList<>();
        try {
            Files.walkFileTree(directory, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (attributes.isRegularFile() && !BucketDirectory.isStaging(file)) {
                        String key = bucket.keyOf(file);
                        if (key.startsWith(prefix)) {
                            result.add(new ObjectInfo(key, attributes.size(),
                                    attributes.lastModifiedTime().toInstant()));
                        }
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                    if (e instanceof NoSuchFileException) {
                        return FileVisitResult.CONTINUE; // deleted while we walked
                    }
                    throw e;
                }
            });
        } catch (IOException e) {
            throw new ObjectStoreException("cannot list " + prefix + " in " + bucket.root() + ": " + e.getMessage(), e);
        }
        result.sort(Comparator.comparing(ObjectInfo::key));
        return result;
    }

    @Override
    public void delete(String key) {
        Path file = bucket.fileOf(key);
        bucket.requireExists();
        try {
            if (Files.isRegularFile(file) && Files.deleteIfExists(file)) {
                pruneEmptyParents(file);
            }
        } catch (IOException e) {
            throw new ObjectStoreException("cannot delete " + key + " in " + bucket.root() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public URI signedDownloadUrl(String key, Duration ttl) {
        Path file = bucket.fileOf(key);
        return signer.orElseThrow(() -> new ObjectStoreException("cannot make a download URL for " + key
                        + ": download URLs of filesystem locations are served by the velero server's download"
                        + " endpoint, which this process does not run"))
                .sign(file, ttl);
    }

    @Override
    public void close() {
        // Nothing to release: every operation opens and closes its own files.
    }

    private ObjectNotFoundException notFound(String key) {
        return new ObjectNotFoundException("object " + key + " does not exist in " + bucket.root());
    }

    private boolean holdsAnObject(Path directory) throws IOException {
        try (var files = Files.walk(directory)) {
            return files.anyMatch(p -> Files.isRegularFile(p) && !BucketDirectory.isStaging(p));
        } catch (java.io.UncheckedIOException e) {
            if (e.getCause() instanceof NoSuchFileException) {
                return false;
            }
            throw e.getCause();
        }
    }

    /** Removes directories left empty, up to the bucket root, so that empty prefixes vanish from listings. */
    private void pruneEmptyParents(Path file) {
        for (Path dir = file.getParent(); dir != null && !dir.equals(bucket.root()); dir = dir.getParent()) {
            try {
                Files.delete(dir);
            } catch (DirectoryNotEmptyException | NoSuchFileException e) {
                return;
            } catch (IOException e) {
                return; // an empty directory left behind only costs an empty listing entry check
            }
        }
    }

    private static void syncDirectory(Path directory) throws IOException {
        // Makes the rename durable; Linux allows fsync on a directory opened read-only.
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // The staging name keeps a leftover out of listings; nothing more to do.
        }
    }

    /** Ends after {@code remaining} bytes: the end of a range read. */
    private static final class LimitedInputStream extends FilterInputStream {

        private long remaining;

        LimitedInputStream(InputStream in, long limit) {
            super(in);
            this.remaining = limit;
        }

        @Override
        public int read() throws IOException {
            if (remaining <= 0) {
                return -1;
            }
            int b = in.read();
            if (b >= 0) {
                remaining--;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (remaining <= 0) {
                return -1;
            }
            int n = in.read(b, off, (int) Math.min(len, remaining));
            if (n > 0) {
                remaining -= n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = in.skip(Math.min(n, remaining));
            remaining -= skipped;
            return skipped;
        }

        @Override
        public int available() throws IOException {
            return (int) Math.min(in.available(), remaining);
        }
    }
}
