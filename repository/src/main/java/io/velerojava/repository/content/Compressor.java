package io.velerojava.repository.content;

import com.github.luben.zstd.Zstd;
import com.github.luben.zstd.ZstdCompressCtx;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * zstd compression with native contexts pooled across threads (making one per chunk would cost more than the
 * compression of small chunks). A pool holds at most one context per thread that ever compressed at once.
 */
public final class Compressor implements AutoCloseable {

    private static final int SAMPLE_LENGTH = 64 * 1024;

    private final int level;
    private final Queue<ZstdCompressCtx> idle = new ConcurrentLinkedQueue<>();

    /** {@code level} is a zstd level (1 = fastest ... 19); see {@link CompressionSettings}. */
    public Compressor(int level) {
        this.level = level;
    }

    /**
     * Compresses {@code data[offset, offset+length)} into {@code target} starting at {@code targetOffset}; returns
     * the compressed size, or -1 if the result would not be smaller than the input (the caller then stores it).
     */
    public int compress(byte[] data, int offset, int length, byte[] target, int targetOffset) {
        if (length > 2 * SAMPLE_LENGTH && !sampleShrinks(data, offset + length / 2 - SAMPLE_LENGTH / 2, target,
                targetOffset)) {
            return -1;
        }
        return compressFully(data, offset, length, target, targetOffset);
    }

    /**
     * Compressing a 64 KiB sample from the middle first costs little and spares a full pass over data that will not
     * compress (media, archives, encrypted files), which would otherwise double the CPU cost of storing it.
     */
    private boolean sampleShrinks(byte[] data, int sampleOffset, byte[] scratch, int scratchOffset) {
        int size = compressFully(data, sampleOffset, SAMPLE_LENGTH, scratch, scratchOffset);
        return size >= 0 && size < SAMPLE_LENGTH * 0.97;
    }

    private int compressFully(byte[] data, int offset, int length, byte[] target, int targetOffset) {
        ZstdCompressCtx context = idle.poll();
        if (context == null) {
            context = new ZstdCompressCtx();
            context.setLevel(level);
        }
        try {
            int room = target.length - targetOffset;
            if (room < Zstd.compressBound(length)) {
                return -1;
            }
            int size = context.compressByteArray(target, targetOffset, room, data, offset, length);
            return size < length ? size : -1;
        } finally {
            idle.offer(context);
        }
    }

    public static int maxCompressedLength(int length) {
        return (int) Math.min(Integer.MAX_VALUE - 64, Zstd.compressBound(length));
    }

    /** Decompresses a zstd frame whose decompressed length is known. */
    public static byte[] decompress(byte[] frame, int offset, int length, int originalLength, String what)
            throws CorruptContentException {
        byte[] output = new byte[originalLength];
        long result = Zstd.decompressByteArray(output, 0, originalLength, frame, offset, length);
        if (Zstd.isError(result) || result != originalLength) {
            throw new CorruptContentException(what + " does not decompress to its recorded length "
                    + originalLength + (Zstd.isError(result) ? ": " + Zstd.getErrorName(result) : ""));
        }
        return output;
    }

    @Override
    public void close() {
        ZstdCompressCtx context;
        while ((context = idle.poll()) != null) {
            context.close();
        }
    }
}
