package io.velerojava.repository.object;

import io.velerojava.repository.content.ContentId;
import io.velerojava.repository.content.ContentWriter;
import io.velerojava.repository.content.FastCdcChunker;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ReadableByteChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.LongConsumer;

/** Splits byte streams into content-defined chunks, stores them as contents and returns the object's ID. */
public final class ObjectWriter {

    /** Limits each read: the JDK keeps a per-thread native buffer as large as the largest read of a heap buffer. */
    private static final int READ_SLICE = 1024 * 1024;

    private final ContentWriter contents;
    private final FastCdcChunker chunker;
    private final int bufferSize;
    /** Read buffers (twice the maximum chunk, so each byte is moved at most once) reused across files. */
    private final Queue<byte[]> buffers = new ConcurrentLinkedQueue<>();

    public ObjectWriter(ContentWriter contents, FastCdcChunker chunker) {
        this.contents = contents;
        this.chunker = chunker;
        this.bufferSize = 2 * chunker.parameters().maxSize();
    }

    /** An object just written and the number of bytes it holds. */
    public record WrittenObject(ObjectId id, long length) {
    }

    /** Writes everything {@code input} yields; {@code onBytes} hears of each chunk's length as it is stored. */
    public WrittenObject write(ReadableByteChannel input, LongConsumer onBytes) throws IOException {
        byte[] buffer = buffers.poll();
        if (buffer == null) {
            buffer = new byte[bufferSize];
        }
        try {
            return write(input, buffer, onBytes);
        } finally {
            buffers.offer(buffer);
        }
    }

    private WrittenObject write(ReadableByteChannel input, byte[] buffer, LongConsumer onBytes) throws IOException {
        int max = chunker.parameters().maxSize();
        List<ChunkList.Chunk> chunks = new ArrayList<>();
        int filled = 0;
        boolean ended = false;
        long total = 0;
        while (!ended || filled > 0) {
            while (!ended && filled < buffer.length) {
                int read = input.read(ByteBuffer.wrap(buffer, filled, Math.min(READ_SLICE, buffer.length - filled)));
                ended = read < 0;
                filled += Math.max(read, 0);
            }
            int start = 0;
            while (filled - start > 0 && (ended || filled - start >= max)) {
                int length = chunker.nextChunkLength(buffer, start, filled - start);
                chunks.add(new ChunkList.Chunk(contents.write(buffer, start, length), length));
                start += length;
                total += length;
                onBytes.accept(length);
            }
            System.arraycopy(buffer, start, buffer, 0, filled - start);
            filled -= start;
        }
        return new WrittenObject(finish(chunks), total);
    }

    /** Writes a byte array held in memory: a tree or chunk list, so its contents are metadata. */
    public ObjectId write(byte[] data) throws IOException {
        List<ChunkList.Chunk> chunks = new ArrayList<>();
        int start = 0;
        do {
            int length = chunker.nextChunkLength(data, start, data.length - start);
            chunks.add(new ChunkList.Chunk(contents.writeMetadata(data, start, length), length));
            start += length;
        } while (start < data.length);
        return finish(chunks);
    }

    private ObjectId finish(List<ChunkList.Chunk> chunks) throws IOException {
        if (chunks.isEmpty()) {
            ContentId empty = contents.write(new byte[0], 0, 0);
            return ObjectId.direct(empty);
        }
        if (chunks.size() == 1) {
            return ObjectId.direct(chunks.get(0).id());
        }
        return ObjectId.indirect(write(new ChunkList(chunks).toBytes()));
    }
}
