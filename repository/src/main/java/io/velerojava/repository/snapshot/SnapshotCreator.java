package io.velerojava.repository.snapshot;

import io.velerojava.repository.object.ObjectId;
import io.velerojava.repository.object.ObjectReader;
import io.velerojava.repository.object.ObjectWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Walks a directory tree and stores it: file data as objects (uploaded by a pool of {@code parallelFiles} threads),
 * each directory as a tree object once all its children are stored. One thread walks, in name order, so the choice
 * of which name of a hard-linked file holds the data is deterministic. A file whose size, mtime and inode equal its
 * entry in the parent snapshot is not read: its object is reused.
 */
public final class SnapshotCreator {

    /** Files queued ahead of the upload threads; bounds memory on huge trees while keeping the threads busy. */
    private static final int QUEUED_FILES_PER_THREAD = 16;

    private final ObjectWriter objects;
    private final ObjectReader reader;
    private final int parallelFiles;
    private final ProgressListener listener;

    public SnapshotCreator(ObjectWriter objects, ObjectReader reader, int parallelFiles, ProgressListener listener) {
        if (parallelFiles < 1) {
            throw new IllegalArgumentException("parallel file uploads must be at least 1, got " + parallelFiles);
        }
        this.objects = objects;
        this.reader = reader;
        this.parallelFiles = parallelFiles;
        this.listener = listener;
    }

    /** What was stored: the root directory's entry and counts of what the tree holds. */
    public record Created(TreeEntry root, long files, long directories, long symlinks, long bytes, long reusedFiles,
            List<String> warnings) {
    }

    /** Stores the tree under {@code source}; {@code parentRoot} (nullable) is the root of the previous snapshot. */
    public Created create(Path source, TreeEntry parentRoot) throws IOException {
        Path root = source.toRealPath();
        FileMetadata rootMetadata = FileMetadata.read(root);
        if (rootMetadata.kind() != FileMetadata.Kind.DIRECTORY) {
            throw new IllegalArgumentException("snapshot source " + source + " is not a directory");
        }
        long[] totals = estimate(root);
        ExecutorService pool = Executors.newFixedThreadPool(parallelFiles, task -> {
            Thread thread = new Thread(task, "snapshot-upload");
            thread.setDaemon(true);
            return thread;
        });
        try {
            Walk walk = new Walk(pool, new ProgressTracker(listener, totals[0], totals[1]));
            TreeEntry rootEntry = walk.directory(root, "", ".", rootMetadata, parentRoot).join();
            walk.progress.finish();
            return new Created(rootEntry, walk.files.get(), walk.directories.get(), walk.symlinks.get(),
                    walk.bytes.get(), walk.reusedFiles.get(), List.copyOf(walk.warnings));
        } catch (CompletionException e) {
            throw unwrap(e);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Bytes and files under {@code root}, for progress totals: one cheap pass of directory listings and stats. */
    private static long[] estimate(Path root) throws IOException {
        long[] totals = new long[2];
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                if (attributes.isRegularFile()) {
                    totals[0] += attributes.size();
                    totals[1]++;
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                return FileVisitResult.CONTINUE; // the real pass reports what it cannot read
            }
        });
        return totals;
    }

    private static IOException unwrap(CompletionException e) {
        Throwable cause = e.getCause();
        if (cause instanceof UncheckedIOException unchecked) {
            return unchecked.getCause();
        }
        if (cause instanceof IOException io) {
            return io;
        }
        if (cause instanceof RuntimeException runtime) {
            throw runtime;
        }
        throw e;
    }

    private record LinkKey(long device, long inode) {
    }

    private record FirstName(String path, CompletableFuture<TreeEntry> entry) {
    }

    /** The state of one snapshot's walk. */
    private final class Walk {
        private final ExecutorService pool;
        private final ProgressTracker progress;
        private final Semaphore queued = new Semaphore(parallelFiles * QUEUED_FILES_PER_THREAD);
        private final Map<LinkKey, FirstName> hardLinks = new HashMap<>();
        private final AtomicReference<Throwable> failure = new AtomicReference<>();
        private final List<String> warnings = Collections.synchronizedList(new ArrayList<>());
        private final AtomicLong files = new AtomicLong();
        private final AtomicLong directories = new AtomicLong();
        private final AtomicLong symlinks = new AtomicLong();
        private final AtomicLong bytes = new AtomicLong();
        private final AtomicLong reusedFiles = new AtomicLong();

        Walk(ExecutorService pool, ProgressTracker progress) {
            this.pool = pool;
            this.progress = progress;
        }

        CompletableFuture<TreeEntry> directory(Path dir, String path, String name, FileMetadata metadata,
                TreeEntry previous) throws IOException {
            Map<String, TreeEntry> previousChildren = previousChildren(previous);
            List<CompletableFuture<TreeEntry>> children = new ArrayList<>();
            for (Path child : sortedChildren(dir)) {
                throwIfFailed();
                String childName = child.getFileName().toString();
                String childPath = path.isEmpty() ? childName : path + "/" + childName;
                FileMetadata childMetadata;
                try {
                    childMetadata = FileMetadata.read(child);
                } catch (NoSuchFileException e) {
                    continue; // deleted since the listing
                }
                TreeEntry previousChild = previousChildren.get(childName);
                switch (childMetadata.kind()) {
                    case DIRECTORY -> children.add(directory(child, childPath, childName, childMetadata, previousChild));
                    case FILE -> children.add(file(child, childPath, childName, childMetadata, previousChild));
                    case SYMLINK -> children.add(CompletableFuture.completedFuture(symlink(child, childName, childMetadata)));
                    case OTHER -> warnings.add("skipped " + childPath + ": not a regular file, directory or symlink");
                }
            }
            directories.incrementAndGet();
            Map<String, String> xattrs = FileMetadata.userXattrs(dir);
            return CompletableFuture.allOf(children.toArray(CompletableFuture[]::new)).thenApply(done -> {
                List<TreeEntry> entries = children.stream().map(CompletableFuture::join).toList();
                try {
                    ObjectId tree = objects.write(new Tree(entries).toJson());
                    return entry(name, EntryType.DIRECTORY, metadata, null, tree.value(), xattrs);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }

        private CompletableFuture<TreeEntry> file(Path file, String path, String name, FileMetadata metadata,
                TreeEntry previous) {
            files.incrementAndGet();
            if (!metadata.hasOtherNames()) {
                return fileData(file, path, name, metadata, previous);
            }
            LinkKey key = new LinkKey(metadata.device(), metadata.inode());
            FirstName first = hardLinks.get(key);
            if (first == null) {
                CompletableFuture<TreeEntry> data = fileData(file, path, name, metadata, previous);
                hardLinks.put(key, new FirstName(path, data));
                return data;
            }
            progress.addBytes(metadata.size()); // counted by the progress estimate, stored once
            progress.fileDone();
            return first.entry().thenApply(primary -> new TreeEntry(name, EntryType.FILE, metadata.mode(),
                    metadata.uid(), metadata.gid(), metadata.mtimeNanos(), primary.size(), primary.object(), null,
                    first.path(), metadata.inode(), primary.xattrs()));
        }

        private CompletableFuture<TreeEntry> fileData(Path file, String path, String name, FileMetadata metadata,
                TreeEntry previous) {
            Map<String, String> xattrs = FileMetadata.userXattrs(file);
            if (isUnchanged(previous, metadata)) {
                reusedFiles.incrementAndGet();
                bytes.addAndGet(metadata.size());
                progress.addBytes(metadata.size());
                progress.fileDone();
                return CompletableFuture.completedFuture(
                        entry(name, EntryType.FILE, metadata, metadata.size(), previous.object(), xattrs));
            }
            if (metadata.size() == 0) {
                progress.fileDone();
                return CompletableFuture.completedFuture(entry(name, EntryType.FILE, metadata, 0L, null, xattrs));
            }
            queued.acquireUninterruptibly();
            return CompletableFuture.supplyAsync(() -> {
                try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
                    ObjectWriter.WrittenObject written = objects.write(channel, progress::addBytes);
                    bytes.addAndGet(written.length());
                    return entry(name, EntryType.FILE, metadata, written.length(), written.id().value(), xattrs);
                } catch (IOException e) {
                    IOException failed = new IOException("cannot back up file " + path + ": " + e.getMessage(), e);
                    failure.compareAndSet(null, failed);
                    throw new UncheckedIOException(failed);
                } finally {
                    queued.release();
                    progress.fileDone();
                }
            }, pool);
        }

        private TreeEntry symlink(Path link, String name, FileMetadata metadata) throws IOException {
            symlinks.incrementAndGet();
            return new TreeEntry(name, EntryType.SYMLINK, metadata.mode(), metadata.uid(), metadata.gid(),
                    metadata.mtimeNanos(), null, null, Files.readSymbolicLink(link).toString(), null, null, null);
        }

        private TreeEntry entry(String name, EntryType type, FileMetadata metadata, Long size, String object,
                Map<String, String> xattrs) {
            return new TreeEntry(name, type, metadata.mode(), metadata.uid(), metadata.gid(), metadata.mtimeNanos(),
                    size, object, null, null, type == EntryType.FILE ? metadata.inode() : null, xattrs);
        }

        private boolean isUnchanged(TreeEntry previous, FileMetadata metadata) {
            return previous != null && previous.type() == EntryType.FILE
                    && previous.object() != null
                    && Objects.equals(previous.size(), metadata.size())
                    && Objects.equals(previous.mtimeNanos(), metadata.mtimeNanos())
                    && Objects.equals(previous.inode(), metadata.inode());
        }

        private Map<String, TreeEntry> previousChildren(TreeEntry previous) throws IOException {
            if (previous == null || previous.type() != EntryType.DIRECTORY) {
                return Map.of();
            }
            Tree tree = Tree.parse(reader.readAll(new ObjectId(previous.object())), previous.object());
            Map<String, TreeEntry> byName = new HashMap<>();
            tree.entries().forEach(entry -> byName.put(entry.name(), entry));
            return byName;
        }

        private void throwIfFailed() {
            Throwable failed = failure.get();
            if (failed != null) {
                throw new CompletionException(failed);
            }
        }
    }

    private static List<Path> sortedChildren(Path dir) throws IOException {
        List<Path> children = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
            stream.forEach(children::add);
        }
        children.sort(Comparator.comparing(path -> path.getFileName().toString()));
        return children;
    }
}
