package io.velerojava.repository.content;

import com.github.luben.zstd.Zstd;
import com.github.luben.zstd.ZstdCompressCtx;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * zstd compression with native contexts pooled across threads (making one per chunk would cost more than the
 * compression of small chunks). A pool holds at most one context per thread that ever compressed at once.
 */
public final class Compressor implements AutoCloseable {

    private static final int SAMPLE_LENGTH = 64 * 1024;
    private static final int SAMPLE_BOUND = (int) Zstd.compressBound(SAMPLE_LENGTH);

    private final int level;
    private final Queue<ZstdCompressCtx> idle = new ConcurrentLinkedQueue<>();

    /** {@code level} is a zstd level (1 = fastest ... 19); see {@link CompressionSettings}. */
    public Compressor(int level) {
        this.level = level;
    }

    /** A compressed copy of some data, after {@code headerLength} bytes left free for the caller. */
    public record Compressed(byte[] buffer, int headerLength, int size) {
    }

    /**
     * Compresses {@code data[offset, offset+length)}; empty if the result would not be smaller than the input (the
     * caller then stores it as it is).
     */
    public Optional<Compressed> compress(byte[] data, int offset, int length, int headerLength) {
        if (length > 2 * SAMPLE_LENGTH && !sampleShrinks(data, offset + length / 2 - SAMPLE_LENGTH / 2)) {
            return Optional.empty();
        }
        byte[] target = new byte[headerLength + maxCompressedLength(length)];
        int size = compressFully(data, offset, length, target, headerLength);
        return size < 0 ? Optional.empty() : Optional.of(new Compressed(target, headerLength, size));
    }

    /**
     * Compressing a 64 KiB sample from the middle first costs little and spares a full pass over data that will not
     * compress (media, archives, encrypted files), which would otherwise double the CPU cost of storing it; the
     * output buffer of the full size is only allocated for data that passes.
     */
    private boolean sampleShrinks(byte[] data, int sampleOffset) {
        int size = compressFully(data, sampleOffset, SAMPLE_LENGTH, new byte[SAMPLE_BOUND], 0);
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
