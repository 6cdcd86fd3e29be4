package io.velerojava.repository.content;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Content-defined chunking with FastCDC (Xia et al., 2016): a gear rolling hash, cut-point skipping below the
 * minimum size and normalized chunking (a stricter mask before the average size, a looser one after), which keeps
 * chunk sizes close to the average. Because cut points depend only on nearby bytes, inserting a byte into a file
 * changes only the chunk around it.
 *
 * <p>The gear table is fixed by the format: entry {@code i} is the first 8 bytes (big-endian) of
 * {@code SHA-256("velero-java gear " + i)}. The masks test the top bits of the hash, which depend on the last 64
 * bytes read.
 */
public final class FastCdcChunker {

    private static final long[] GEAR = gearTable();

    private final ChunkerParameters parameters;
    private final long strictMask;
    private final long looseMask;

    public FastCdcChunker(ChunkerParameters parameters) {
        this.parameters = parameters;
        int bits = Integer.numberOfTrailingZeros(parameters.averageSize());
        this.strictMask = topBits(bits + 2);
        this.looseMask = topBits(bits - 2);
    }

    public ChunkerParameters parameters() {
        return parameters;
    }

    /**
     * Returns the length of the next chunk starting at {@code offset}. The caller passes at least
     * {@code maxSize} bytes unless the input ends within {@code length} bytes.
     */
    public int nextChunkLength(byte[] data, int offset, int length) {
        if (length <= parameters.minSize()) {
            return length;
        }
        int end = Math.min(length, parameters.maxSize());
        int normal = Math.min(parameters.averageSize(), end);
        long hash = 0;
        int i = parameters.minSize();
        for (; i < normal; i++) {
            hash = (hash << 1) + GEAR[data[offset + i] & 0xff];
            if ((hash & strictMask) == 0) {
                return i + 1;
            }
        }
        for (; i < end; i++) {
            hash = (hash << 1) + GEAR[data[offset + i] & 0xff];
            if ((hash & looseMask) == 0) {
                return i + 1;
            }
        }
        return end;
    }

    private static long topBits(int count) {
        return count <= 0 ? 0 : -1L << (64 - Math.min(count, 63));
    }

    private static long[] gearTable() {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            long[] table = new long[256];
            for (int i = 0; i < table.length; i++) {
                byte[] digest = sha256.digest(("velero-java gear " + i).getBytes(StandardCharsets.US_ASCII));
                long value = 0;
                for (int b = 0; b < 8; b++) {
                    value = (value << 8) | (digest[b] & 0xff);
                }
                table[i] = value;
            }
            return table;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
