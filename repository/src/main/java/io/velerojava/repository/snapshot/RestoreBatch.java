package io.velerojava.repository.snapshot;

import io.velerojava.repository.content.ContentId;
import io.velerojava.repository.content.ContentReader;
import io.velerojava.repository.content.CorruptContentException;
import io.velerojava.repository.content.PackRange;
import io.velerojava.repository.object.ChunkList;
import io.velerojava.repository.object.ObjectId;
import io.velerojava.repository.object.ObjectReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The data of a batch of files being restored, read pack by pack rather than file by file (as restic does): every
 * chunk of every file is located in the index, neighbouring records of a pack are read in one ranged read
 * ({@link ContentReader#plan}), and each content read is written to every place in every file that holds it. Many
 * small files stored together thus cost one read per few MiB, and a content shared by files is read once. A batch
 * holds about {@link #MAX_CHUNKS} chunks, which bounds the memory of the plan for trees of any size; memory for data
 * is one range per thread.
 *
 * <p>Files are created by the first chunk written to them (or on completion when they have no non-zero chunk);
 * all-zero chunks are left as holes. When a file's last chunk is written, it gets its full length and
 * {@link Completion#completed} is called, from the writing thread.
 */
final class RestoreBatch {

    /** Chunks planned at once; about 100 bytes of memory each. */
    static final int MAX_CHUNKS = 50_000;
    private static final byte[] ZEROS = new byte[64 * 1024];
    /** Limits each write: the JDK keeps a per-thread native buffer as large as the largest write of a heap buffer. */
    private static final int WRITE_SLICE = 1024 * 1024;

    /** Hears of bytes written and of files completed (all their data written). */
    interface Completion {
        void bytesWritten(long bytes);

        void completed(Path path, TreeEntry entry) throws IOException;
    }

    private final ObjectReader objects;
    private final Completion completion;
    private final int maxChunks;
    private final Map<ContentId, List<Target>> targets = new HashMap<>();
    private int chunks;

    RestoreBatch(ObjectReader objects, Completion completion, int maxChunks) {
        this.objects = objects;
        this.completion = completion;
        this.maxChunks = maxChunks;
    }

    /** One place a content goes. */
    private record Target(PendingFile file, long position, int length) {
    }

    /** A file whose data is being written. */
    private static final class PendingFile {
        private final Path path;
        private final TreeEntry entry;
        private final String snapshotPath;
        private final AtomicInteger chunksLeft;
        private boolean created;
        /** Whether the chunk at the end was written, so the file has its full length without a hole to extend. */
        private volatile boolean endWritten;

        PendingFile(Path path, TreeEntry entry, String snapshotPath, int chunks) {
            this.path = path;
            this.entry = entry;
            this.snapshotPath = snapshotPath;
            this.chunksLeft = new AtomicInteger(chunks);
        }

        /** Opens the file for writing, creating it on first use (it must not exist then). */
        synchronized FileChannel open() throws IOException {
            FileChannel channel = created
                    ? FileChannel.open(path, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS)
                    : FileChannel.open(path, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE,
                            LinkOption.NOFOLLOW_LINKS);
            created = true;
            return channel;
        }
    }

    /** Adds a file with data; reads its chunk list now (one read for a file of more than one chunk). */
    void add(Path path, TreeEntry entry, String snapshotPath) throws IOException {
        ObjectId object = new ObjectId(entry.object());
        List<ChunkList.Chunk> fileChunks;
        try {
            fileChunks = object.isIndirect() ? objects.indirectChunks(object)
                    : List.of(new ChunkList.Chunk(object.content(), Math.toIntExact(entry.sizeOrZero())));
        } catch (CorruptContentException | ArithmeticException e) {
            throw new CorruptContentException("cannot restore file '" + snapshotPath + "': " + e.getMessage(), e);
        }
        long length = fileChunks.stream().mapToLong(ChunkList.Chunk::length).sum();
        if (length != entry.sizeOrZero() || fileChunks.isEmpty()) {
            throw new CorruptContentException("file '" + snapshotPath + "' has " + length
                    + " bytes in the repository but the snapshot says " + entry.sizeOrZero());
        }
        PendingFile file = new PendingFile(path, entry, snapshotPath, fileChunks.size());
        long position = 0;
        for (ChunkList.Chunk chunk : fileChunks) {
            targets.computeIfAbsent(chunk.id(), id -> new ArrayList<>(1))
                    .add(new Target(file, position, chunk.length()));
            position += chunk.length();
        }
        chunks += fileChunks.size();
    }

    boolean isFull() {
        return chunks >= maxChunks;
    }

    boolean isEmpty() {
        return targets.isEmpty();
    }

    /** Reads and writes everything added, ranges in parallel on {@code pool}; returns when all files are complete. */
    void run(ExecutorService pool) throws IOException {
        ContentReader contents = objects.contents();
        List<PackRange> ranges;
        try {
            ranges = contents.plan(targets.keySet());
        } catch (CorruptContentException e) {
            throw new CorruptContentException("cannot restore the files of this snapshot: " + e.getMessage(), e);
        }
        List<CompletableFuture<Void>> reads = new ArrayList<>(ranges.size());
        for (PackRange range : ranges) {
            reads.add(CompletableFuture.runAsync(() -> {
                try {
                    contents.read(range, this::write);
                } catch (CorruptContentException e) {
                    throw new UncheckedIOException(new CorruptContentException("cannot restore file '"
                            + targets.get(range.records().get(0).id()).get(0).file().snapshotPath + "': "
                            + e.getMessage(), e));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }, pool));
        }
        try {
            CompletableFuture.allOf(reads.toArray(CompletableFuture[]::new)).join();
        } catch (CompletionException e) {
            reads.forEach(read -> read.cancel(false)); // the restore fails; ranges not started are not read
            if (e.getCause() instanceof UncheckedIOException unchecked) {
                throw unchecked.getCause();
            }
            throw e;
        }
        targets.clear();
        chunks = 0;
    }

    private void write(ContentId id, byte[] data) throws IOException {
        boolean zero = isAllZero(data);
        for (Target target : targets.get(id)) {
            PendingFile file = target.file();
            if (data.length != target.length()) {
                throw new CorruptContentException("cannot restore file '" + file.snapshotPath + "': content " + id
                        + " has " + data.length + " bytes, its chunk list says " + target.length());
            }
            if (!zero) {
                try (FileChannel channel = file.open()) {
                    for (int written = 0; written < data.length; ) {
                        written += channel.write(ByteBuffer.wrap(data, written,
                                Math.min(WRITE_SLICE, data.length - written)), target.position() + written);
                    }
                }
                if (target.position() + data.length == file.entry.sizeOrZero()) {
                    file.endWritten = true;
                }
            }
            completion.bytesWritten(data.length);
            if (file.chunksLeft.decrementAndGet() == 0) {
                finish(file);
            }
        }
    }

    /** Gives a file whose last chunks were holes its full length, then reports it complete. */
    private void finish(PendingFile file) throws IOException {
        if (!file.endWritten) {
            try (FileChannel channel = file.open()) {
                long size = file.entry.sizeOrZero();
                if (size > 0) {
                    channel.write(ByteBuffer.wrap(new byte[1]), size - 1);
                }
            }
        }
        completion.completed(file.path, file.entry);
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
