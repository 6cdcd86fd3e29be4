package io.velerojava.repository.snapshot;

import io.velerojava.repository.content.CorruptContentException;
import io.velerojava.repository.object.ObjectId;
import io.velerojava.repository.object.ObjectReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.UserDefinedFileAttributeView;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Writes a snapshot's tree (or a sub-path of it) under a target directory. Nothing is ever written outside the
 * target: entry names are validated when trees are parsed, every path is checked to lie under the target, and no
 * symbolic link is followed while writing (existing ones are replaced or refused per {@link ExistingFilePolicy}).
 * All-zero chunks are written as holes, so sparse files stay sparse. Directory metadata is applied last, deepest
 * first, so restoring children does not disturb their parents' mtimes or read-only modes.
 */
public final class SnapshotRestorer {

    private static final int QUEUED_FILES_PER_THREAD = 16;
    private static final byte[] ZEROS = new byte[64 * 1024];

    private final ObjectReader reader;
    private final int parallelFiles;
    private final ExistingFilePolicy existingFiles;
    private final OwnershipPolicy ownership;
    private final ProgressListener listener;

    public SnapshotRestorer(ObjectReader reader, int parallelFiles, ExistingFilePolicy existingFiles,
            OwnershipPolicy ownership, ProgressListener listener) {
        if (parallelFiles < 1) {
            throw new IllegalArgumentException("parallel file restores must be at least 1, got " + parallelFiles);
        }
        this.reader = reader;
        this.parallelFiles = parallelFiles;
        this.existingFiles = existingFiles;
        this.ownership = ownership;
        this.listener = listener;
    }

    /** What a restore wrote. */
    public record Restored(long files, long directories, long symlinks, long bytes, List<String> warnings) {
    }

    /**
     * Restores {@code subPath} ({@code ""} for everything) of the snapshot rooted at {@code root}. A directory's
     * contents go into {@code target}; a single file or symlink goes to {@code target/<its name>}.
     */
    public Restored restore(SnapshotManifest manifest, String subPath, Path target) throws IOException {
        String normalized = normalize(subPath);
        TreeEntry entry = resolve(manifest.root(), normalized);
        Files.createDirectories(target);
        Path targetRoot = target.toRealPath();
        ExecutorService pool = Executors.newFixedThreadPool(parallelFiles, task -> {
            Thread thread = new Thread(task, "snapshot-restore");
            thread.setDaemon(true);
            return thread;
        });
        boolean whole = normalized.isEmpty();
        Run run = new Run(pool, targetRoot, new ProgressTracker(listener, whole ? manifest.bytes() : 0,
                whole ? manifest.files() : 0));
        try {
            if (entry.type() == EntryType.DIRECTORY) {
                run.directoryContents(entry, targetRoot, normalized);
                run.directoriesToFinish.add(new Finish(targetRoot, entry));
            } else {
                run.child(entry, targetRoot, normalized);
            }
            CompletableFuture.allOf(run.pending.toArray(CompletableFuture[]::new)).join();
            for (int i = run.directoriesToFinish.size() - 1; i >= 0; i--) {
                Finish finish = run.directoriesToFinish.get(i);
                run.applyMetadata(finish.path(), finish.entry());
            }
            run.progress.finish();
            return new Restored(run.files.get(), run.directories.get(), run.symlinks.get(), run.bytes.get(),
                    List.copyOf(run.warnings));
        } catch (CompletionException e) {
            if (e.getCause() instanceof UncheckedIOException unchecked) {
                throw unchecked.getCause();
            }
            throw e;
        } finally {
            pool.shutdownNow();
        }
    }

    private static String normalize(String subPath) {
        if (subPath == null) {
            return "";
        }
        List<String> segments = new ArrayList<>();
        for (String segment : subPath.split("/")) {
            if (segment.isEmpty() || segment.equals(".")) {
                continue;
            }
            if (!Tree.isSafeName(segment)) {
                throw new IllegalArgumentException("invalid path '" + subPath + "' inside the snapshot");
            }
            segments.add(segment);
        }
        return String.join("/", segments);
    }

    private TreeEntry resolve(TreeEntry root, String path) throws IOException {
        TreeEntry current = root;
        if (path.isEmpty()) {
            return current;
        }
        for (String segment : path.split("/")) {
            if (current.type() != EntryType.DIRECTORY) {
                throw new IllegalArgumentException("path '" + path + "' is not in the snapshot: '" + current.name()
                        + "' is not a directory");
            }
            TreeEntry parent = current;
            current = readTree(parent).entries().stream()
                    .filter(child -> child.name().equals(segment))
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("path '" + path + "' is not in the snapshot"));
        }
        return current;
    }

    private Tree readTree(TreeEntry directory) throws IOException {
        return Tree.parse(reader.readAll(new ObjectId(directory.object())), directory.object());
    }

    private record Finish(Path path, TreeEntry entry) {
    }

    /** The state of one restore. */
    private final class Run {
        private final ExecutorService pool;
        private final Path targetRoot;
        private final ProgressTracker progress;
        private final Semaphore queued = new Semaphore(parallelFiles * QUEUED_FILES_PER_THREAD);
        private final List<CompletableFuture<?>> pending = new ArrayList<>();
        private final List<Finish> directoriesToFinish = new ArrayList<>();
        private final Map<String, CompletableFuture<Path>> restoredFiles = new HashMap<>();
        private final List<String> warnings = Collections.synchronizedList(new ArrayList<>());
        private final AtomicLong files = new AtomicLong();
        private final AtomicLong directories = new AtomicLong();
        private final AtomicLong symlinks = new AtomicLong();
        private final AtomicLong bytes = new AtomicLong();
        private volatile boolean ownershipWarned;

        Run(ExecutorService pool, Path targetRoot, ProgressTracker progress) {
            this.pool = pool;
            this.targetRoot = targetRoot;
            this.progress = progress;
        }

        void directoryContents(TreeEntry directory, Path dir, String snapshotPath) throws IOException {
            for (TreeEntry child : readTree(directory).entries()) {
                child(child, dir, snapshotPath.isEmpty() ? child.name() : snapshotPath + "/" + child.name());
            }
        }

        void child(TreeEntry entry, Path dir, String snapshotPath) throws IOException {
            Path path = dir.resolve(entry.name());
            if (!path.getParent().equals(dir) || !path.normalize().startsWith(targetRoot)) {
                throw new CorruptContentException("snapshot entry '" + snapshotPath
                        + "' would be written outside the target directory; refusing");
            }
            if (!prepare(path, entry, snapshotPath)) {
                return;
            }
            switch (entry.type()) {
                case DIRECTORY -> {
                    if (!Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                        Files.createDirectory(path);
                    }
                    directories.incrementAndGet();
                    directoriesToFinish.add(new Finish(path, entry));
                    directoryContents(entry, path, snapshotPath);
                }
                case SYMLINK -> {
                    Files.createSymbolicLink(path, path.getFileSystem().getPath(entry.symlinkTarget()));
                    symlinks.incrementAndGet();
                    applyMetadata(path, entry);
                }
                case FILE -> file(entry, path, snapshotPath);
            }
        }

        /** Clears the way for {@code entry} at {@code path}; false if the entry is to be skipped. */
        private boolean prepare(Path path, TreeEntry entry, String snapshotPath) throws IOException {
            if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
                return true;
            }
            boolean existingDirectory = Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS);
            if (existingDirectory && entry.type() == EntryType.DIRECTORY) {
                return true;
            }
            if (existingDirectory) {
                throw new FileAlreadyExistsException(path.toString(), null, "the target has a directory where the"
                        + " snapshot has the " + entry.type().name().toLowerCase() + " '" + snapshotPath
                        + "'; remove it or restore elsewhere");
            }
            return switch (existingFiles) {
                case OVERWRITE -> {
                    Files.delete(path);
                    yield true;
                }
                case SKIP -> {
                    warnings.add("kept existing " + path);
                    yield false;
                }
                case FAIL -> throw new FileAlreadyExistsException(path.toString(), null,
                        "the target already has this path; restore into an empty directory or choose OVERWRITE");
            };
        }

        private void file(TreeEntry entry, Path path, String snapshotPath) {
            files.incrementAndGet();
            CompletableFuture<Path> firstName = entry.hardLinkTo() == null ? null : restoredFiles.get(entry.hardLinkTo());
            CompletableFuture<Path> done;
            if (firstName != null) {
                done = firstName.thenApply(first -> {
                    try {
                        Files.createLink(path, first);
                        progress.fileDone();
                        return path;
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            } else {
                queued.acquireUninterruptibly();
                done = CompletableFuture.supplyAsync(() -> {
                    try {
                        writeData(entry, path, snapshotPath);
                        applyMetadata(path, entry);
                        return path;
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    } finally {
                        queued.release();
                        progress.fileDone();
                    }
                }, pool);
            }
            restoredFiles.put(snapshotPath, done);
            pending.add(done);
        }

        private void writeData(TreeEntry entry, Path path, String snapshotPath) throws IOException {
            try (FileChannel channel = FileChannel.open(path, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE,
                    LinkOption.NOFOLLOW_LINKS)) {
                if (entry.object() == null) {
                    return;
                }
                long[] position = {0};
                boolean[] endsInHole = {false};
                try {
                    reader.read(new ObjectId(entry.object()), chunk -> {
                        if (isAllZero(chunk)) {
                            endsInHole[0] = true;
                        } else {
                            ByteBuffer buffer = ByteBuffer.wrap(chunk);
                            while (buffer.hasRemaining()) {
                                channel.write(buffer, position[0] + buffer.position());
                            }
                            endsInHole[0] = false;
                        }
                        position[0] += chunk.length;
                        bytes.addAndGet(chunk.length);
                        progress.addBytes(chunk.length);
                    });
                } catch (CorruptContentException e) {
                    throw new CorruptContentException("cannot restore file '" + snapshotPath + "': " + e.getMessage(), e);
                }
                if (endsInHole[0] && position[0] > 0) {
                    channel.write(ByteBuffer.wrap(new byte[1]), position[0] - 1); // gives the file its full length
                }
                if (position[0] != entry.sizeOrZero()) {
                    throw new CorruptContentException("file '" + snapshotPath + "' has " + position[0]
                            + " bytes in the repository but the snapshot says " + entry.sizeOrZero());
                }
            }
        }

        /** Ownership first (chown clears setuid bits), then mode, extended attributes, and times last. */
        void applyMetadata(Path path, TreeEntry entry) throws IOException {
            boolean symlink = entry.type() == EntryType.SYMLINK;
            if (ownership == OwnershipPolicy.RESTORE && entry.uid() != null && entry.gid() != null) {
                try {
                    Files.setAttribute(path, "unix:uid", entry.uid(), LinkOption.NOFOLLOW_LINKS);
                    Files.setAttribute(path, "unix:gid", entry.gid(), LinkOption.NOFOLLOW_LINKS);
                } catch (IOException | UnsupportedOperationException e) {
                    if (!ownershipWarned) {
                        ownershipWarned = true;
                        warnings.add("could not set file owners (first failure at " + path + ": " + e.getMessage()
                                + "); files keep the restoring user's ownership");
                    }
                }
            }
            if (!symlink && entry.mode() != null) {
                Files.setAttribute(path, "unix:mode", entry.mode());
            }
            if (!symlink && entry.xattrs() != null) {
                writeXattrs(path, entry.xattrs());
            }
            if (entry.mtimeNanos() != null) {
                try {
                    Files.getFileAttributeView(path, BasicFileAttributeView.class, LinkOption.NOFOLLOW_LINKS)
                            .setTimes(FileMetadata.fileTime(entry.mtimeNanos()), null, null);
                } catch (IOException e) {
                    if (!symlink) {
                        throw e;
                    }
                    // some platforms cannot set a symlink's own times; its target is never touched
                }
            }
        }

        private void writeXattrs(Path path, Map<String, String> xattrs) {
            UserDefinedFileAttributeView view = Files.getFileAttributeView(path, UserDefinedFileAttributeView.class);
            try {
                for (Map.Entry<String, String> xattr : xattrs.entrySet()) {
                    view.write(xattr.getKey(), ByteBuffer.wrap(Base64.getDecoder().decode(xattr.getValue())));
                }
            } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
                warnings.add("could not restore extended attributes of " + path + ": " + e.getMessage());
            }
        }
    }

    private static boolean isAllZero(byte[] chunk) {
        for (int from = 0; from < chunk.length; from += ZEROS.length) {
            int length = Math.min(ZEROS.length, chunk.length - from);
            if (!Arrays.equals(chunk, from, from + length, ZEROS, 0, length)) {
                return false;
            }
        }
        return true;
    }
}
