package io.velerojava.repository.snapshot;

import io.velerojava.repository.content.CorruptContentException;
import io.velerojava.repository.object.ObjectId;
import io.velerojava.repository.object.ObjectReader;
import java.io.IOException;
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
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Writes a snapshot's tree (or a sub-path of it) under a target directory. Nothing is ever written outside the
 * target: entry names are validated when trees are parsed, every path is checked to lie under the target, and no
 * symbolic link is followed while writing (existing ones are replaced or refused per {@link ExistingFilePolicy}).
 * One thread walks the trees, creating directories and symlinks and collecting files into a {@link RestoreBatch},
 * whose data {@code parallelFiles} threads read pack by pack in coalesced ranges. All-zero chunks are written as
 * holes, so sparse files stay sparse. Directory metadata is applied last, deepest first, so restoring children does
 * not disturb their parents' mtimes or read-only modes.
 */
public final class SnapshotRestorer {

    private final ObjectReader reader;
    private final int parallelFiles;
    private final ExistingFilePolicy existingFiles;
    private final OwnershipPolicy ownership;
    private final ProgressListener listener;
    private final int chunksPerBatch;

    public SnapshotRestorer(ObjectReader reader, int parallelFiles, ExistingFilePolicy existingFiles,
            OwnershipPolicy ownership, ProgressListener listener) {
        this(reader, parallelFiles, existingFiles, ownership, listener, RestoreBatch.MAX_CHUNKS);
    }

    /** {@code chunksPerBatch}: how many chunks are planned and read together (tests make batches small). */
    SnapshotRestorer(ObjectReader reader, int parallelFiles, ExistingFilePolicy existingFiles,
            OwnershipPolicy ownership, ProgressListener listener, int chunksPerBatch) {
        if (parallelFiles < 1) {
            throw new IllegalArgumentException("parallel file restores must be at least 1, got " + parallelFiles);
        }
        this.reader = reader;
        this.parallelFiles = parallelFiles;
        this.existingFiles = existingFiles;
        this.ownership = ownership;
        this.listener = listener;
        this.chunksPerBatch = chunksPerBatch;
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
            run.writeBatch();
            for (int i = run.directoriesToFinish.size() - 1; i >= 0; i--) {
                Finish finish = run.directoriesToFinish.get(i);
                run.applyMetadata(finish.path(), finish.entry());
            }
            run.progress.finish();
            return new Restored(run.files.get(), run.directories.get(), run.symlinks.get(), run.bytes.get(),
                    List.copyOf(run.warnings));
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

    /** A second name of a file, linked once the first name's data is written. */
    private record HardLink(Path path, Path firstName) {
    }

    /** The state of one restore. */
    private final class Run implements RestoreBatch.Completion {
        private final ExecutorService pool;
        private final Path targetRoot;
        private final ProgressTracker progress;
        private final RestoreBatch batch = new RestoreBatch(reader, this, chunksPerBatch);
        private final List<HardLink> hardLinks = new ArrayList<>();
        private final List<Finish> directoriesToFinish = new ArrayList<>();
        /** Where each file restored in this run went, by snapshot path: the targets of hard links. */
        private final Map<String, Path> restoredFiles = new HashMap<>();
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

        private void file(TreeEntry entry, Path path, String snapshotPath) throws IOException {
            files.incrementAndGet();
            Path firstName = entry.hardLinkTo() == null ? null : restoredFiles.get(entry.hardLinkTo());
            if (firstName != null) {
                hardLinks.add(new HardLink(path, firstName));
                return;
            }
            restoredFiles.put(snapshotPath, path);
            if (entry.object() == null) {
                FileChannel.open(path, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE,
                        LinkOption.NOFOLLOW_LINKS).close();
                completed(path, entry);
                return;
            }
            batch.add(path, entry, snapshotPath);
            if (batch.isFull()) {
                writeBatch();
            }
        }

        /** Writes the data of the files collected so far, then the hard links to them. */
        void writeBatch() throws IOException {
            if (!batch.isEmpty()) {
                batch.run(pool);
            }
            for (HardLink link : hardLinks) {
                Files.createLink(link.path(), link.firstName());
                progress.fileDone();
            }
            hardLinks.clear();
        }

        @Override
        public void bytesWritten(long count) {
            bytes.addAndGet(count);
            progress.addBytes(count);
        }

        @Override
        public void completed(Path path, TreeEntry entry) throws IOException {
            applyMetadata(path, entry);
            progress.fileDone();
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
}
