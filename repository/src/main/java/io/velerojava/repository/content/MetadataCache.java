package io.velerojava.repository.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A local directory of repository metadata exactly as stored (encrypted): index blobs and snapshot manifests by blob
 * name, and tree and chunk-list records by content ID. Callers authenticate whatever they read from it, as they would
 * from the storage, and {@link #forget} a copy that fails, so a damaged or planted file costs one read from the
 * storage, never a wrong result. Files are written to a temporary name and renamed, so concurrent processes never see
 * a partial copy. The cache never fails an operation: an unusable directory disables it with one warning.
 *
 * <pre>
 * &lt;root&gt;/&lt;repository ID&gt;/CACHEDIR.TAG                  marks the directory as a cache (backup tools skip it)
 * &lt;root&gt;/&lt;repository ID&gt;/indexes/&lt;name&gt;, snapshots/&lt;id&gt;  blobs by their names
 * &lt;root&gt;/&lt;repository ID&gt;/contents/&lt;2 hex&gt;/&lt;content ID&gt;    records, least recently used deleted beyond a limit
 * </pre>
 *
 * A repository's directory unused for {@link #STALE_AFTER} is deleted by the next process that opens any repository
 * under the same root (restic does the same), so short-lived repositories leave nothing behind for long.
 */
public final class MetadataCache implements AutoCloseable {

    public static final MetadataCache NONE = new MetadataCache(null, 0);
    static final Duration STALE_AFTER = Duration.ofDays(30);
    private static final String TAG_FILE = "CACHEDIR.TAG";
    private static final String TAG = "Signature: 8a477f597d28d172789f06886806bc55\n"
            + "# This directory is a velero-java repository cache; it is safe to delete.\n";
    private static final String CONTENTS = "contents";
    private static final Logger LOG = LoggerFactory.getLogger(MetadataCache.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path directory;
    private final long maxContentBytes;
    private final AtomicLong contentBytesAdded = new AtomicLong();
    private final AtomicBoolean failed = new AtomicBoolean();

    private MetadataCache(Path directory, long maxContentBytes) {
        this.directory = directory;
        this.maxContentBytes = maxContentBytes;
    }

    /** The cache of one repository under {@code root}; {@link #NONE} (with a warning) if it cannot be created. */
    public static MetadataCache open(Path root, long maxContentBytes, String repositoryId) {
        Path directory = root.resolve(repositoryId);
        try {
            Files.createDirectories(directory);
            Path tag = directory.resolve(TAG_FILE);
            if (!Files.exists(tag)) {
                Files.writeString(tag, TAG, StandardCharsets.US_ASCII);
            }
            Files.setLastModifiedTime(directory, FileTime.from(Instant.now())); // last use, for the stale sweep
            deleteStaleSiblings(root, directory);
            return new MetadataCache(directory, maxContentBytes);
        } catch (IOException | UncheckedIOException | SecurityException e) {
            LOG.warn("not using the repository cache in {}: {}", directory, e.toString());
            return NONE;
        }
    }

    public boolean enabled() {
        return directory != null;
    }

    /** The cached copy of a blob, e.g. {@code indexes/...}, if there is one. */
    public Optional<byte[]> blob(String name) {
        return enabled() ? readFile(directory.resolve(name), false) : Optional.empty();
    }

    public void putBlob(String name, byte[] bytes) {
        if (enabled()) {
            writeFile(directory.resolve(name), bytes);
        }
    }

    /** Deletes a cached blob (one that failed authentication, or one gone from the storage). */
    public void forget(String name) {
        if (enabled()) {
            deleteQuietly(directory.resolve(name));
        }
    }

    /** Deletes the cached blobs under {@code prefix} (e.g. {@code indexes/}) whose names are not in {@code names}. */
    public void retainOnly(String prefix, Collection<String> names) {
        if (!enabled()) {
            return;
        }
        Set<String> keep = new HashSet<>(names);
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory.resolve(prefix))) {
            for (Path file : files) {
                String name = prefix + file.getFileName();
                if (!keep.contains(name) && !name.contains(".tmp-")) {
                    deleteQuietly(file);
                }
            }
        } catch (NoSuchFileException e) {
            // nothing cached under this prefix yet
        } catch (IOException e) {
            warnOnce(e);
        }
    }

    /** A cached content record; a hit counts as a use for the least-recently-used limit. */
    public Optional<byte[]> content(ContentId id) {
        return enabled() ? readFile(contentPath(id), true) : Optional.empty();
    }

    public void putContent(ContentId id, byte[] record) {
        if (enabled() && writeFile(contentPath(id), record)) {
            contentBytesAdded.addAndGet(record.length);
        }
    }

    public void forgetContent(ContentId id) {
        if (enabled()) {
            deleteQuietly(contentPath(id));
        }
    }

    /** Keeps the records within the size limit if this process added any. */
    @Override
    public void close() {
        if (enabled() && contentBytesAdded.get() > 0) {
            trimContents();
        }
    }

    private Path contentPath(ContentId id) {
        String hex = id.toString();
        return directory.resolve(CONTENTS).resolve(hex.substring(0, 2)).resolve(hex);
    }

    private Optional<byte[]> readFile(Path file, boolean markUsed) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            if (markUsed) {
                Files.setLastModifiedTime(file, FileTime.from(Instant.now()));
            }
            return Optional.of(bytes);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            warnOnce(e);
            return Optional.empty();
        }
    }

    private boolean writeFile(Path file, byte[] bytes) {
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp-" + HexFormat.of().toHexDigits(RANDOM.nextLong()));
        try {
            Files.createDirectories(file.getParent());
            Files.write(temporary, bytes);
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return true;
        } catch (IOException e) {
            deleteQuietly(temporary);
            warnOnce(e);
            return false;
        }
    }

    /** Deletes the least recently used records until they take at most 80% of the limit. */
    private void trimContents() {
        record CachedFile(Path path, long size, FileTime lastUsed) {
        }
        List<CachedFile> files = new ArrayList<>();
        try (Stream<Path> paths = Files.walk(directory.resolve(CONTENTS))) {
            for (Path path : (Iterable<Path>) paths::iterator) {
                BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
                if (attributes.isRegularFile()) {
                    files.add(new CachedFile(path, attributes.size(), attributes.lastModifiedTime()));
                }
            }
        } catch (IOException | UncheckedIOException e) {
            warnOnce(e);
            return;
        }
        long total = files.stream().mapToLong(CachedFile::size).sum();
        if (total <= maxContentBytes) {
            return;
        }
        files.sort(Comparator.comparing(CachedFile::lastUsed));
        long target = maxContentBytes / 10 * 8;
        for (CachedFile file : files) {
            if (total <= target) {
                break;
            }
            deleteQuietly(file.path());
            total -= file.size();
        }
    }

    /** Other repositories' caches under the same root, unused for {@link #STALE_AFTER} and tagged as ours. */
    private static void deleteStaleSiblings(Path root, Path current) throws IOException {
        Instant staleBefore = Instant.now().minus(STALE_AFTER);
        try (DirectoryStream<Path> siblings = Files.newDirectoryStream(root)) {
            for (Path sibling : siblings) {
                if (!sibling.equals(current) && Files.isRegularFile(sibling.resolve(TAG_FILE))
                        && Files.getLastModifiedTime(sibling).toInstant().isBefore(staleBefore)) {
                    deleteTree(sibling);
                }
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    private void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            warnOnce(e);
        }
    }

    private void warnOnce(Exception e) {
        if (failed.compareAndSet(false, true)) {
            LOG.warn("the repository cache in {} is not working ({}); reading from the storage instead", directory,
                    e.toString());
        }
    }
}
