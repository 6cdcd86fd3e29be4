package io.velerojava.repository.content;

import java.nio.ByteBuffer;
import java.util.Optional;

/**
 * Turns a chunk of plaintext into a stored content record and back.
 *
 * <p>Record = {@code seal(aad = contentId, payload)} ({@link AuthenticatedCipher}) where payload is either
 * {@code 0x00 || data} (stored) or {@code 0x01 || uint32 originalLength || zstd frame}. Opening a record checks
 * the GCM tag of every segment and then that the plaintext hashes to the expected content ID.
 */
public final class ContentCodec implements AutoCloseable {

    private static final byte STORED = 0;
    private static final byte ZSTD = 1;
    private static final byte[] STORED_PREFIX = {STORED};

    private final ContentHasher hasher;
    private final AuthenticatedCipher cipher;
    private final Compressor compressor;

    public ContentCodec(RepositoryKeys keys, CompressionSettings compression) {
        this.hasher = new ContentHasher(keys.hashKey());
        this.cipher = new AuthenticatedCipher(keys.encryptionKey());
        this.compressor = compression.algorithm() == CompressionSettings.Algorithm.ZSTD
                ? new Compressor(compression.level())
                : null;
    }

    public ContentId idOf(byte[] data, int offset, int length) {
        return hasher.idOf(data, offset, length);
    }

    /** Compresses (when that shrinks the data) and encrypts one content. */
    public byte[] seal(ContentId id, byte[] data, int offset, int length) {
        if (compressor != null) {
            Optional<Compressor.Compressed> compressed = compressor.compress(data, offset, length, 5);
            if (compressed.isPresent()) {
                byte[] payload = compressed.get().buffer();
                payload[0] = ZSTD;
                ByteBuffer.wrap(payload, 1, 4).putInt(length);
                return cipher.seal(id.bytesForAad(), new byte[0], payload, 0, 5 + compressed.get().size());
            }
        }
        return cipher.seal(id.bytesForAad(), STORED_PREFIX, data, offset, length);
    }

    /** Decrypts, decompresses and verifies one content record; {@code where} names its location in errors. */
    public byte[] open(ContentId id, byte[] record, String where) throws CorruptContentException {
        return open(id, record, 0, record.length, where);
    }

    /** Opens the record {@code buffer[offset, offset+length)} (a record within a larger read of its pack). */
    public byte[] open(ContentId id, byte[] buffer, int offset, int length, String where)
            throws CorruptContentException {
        String what = "content " + id + " (" + where + ")";
        byte[] payload = cipher.open(id.bytesForAad(), buffer, offset, length, what);
        if (payload.length == 0) {
            throw new CorruptContentException(what + " has an empty payload");
        }
        byte[] data = switch (payload[0]) {
            case STORED -> java.util.Arrays.copyOfRange(payload, 1, payload.length);
            case ZSTD -> {
                if (payload.length < 5) {
                    throw new CorruptContentException(what + " has a truncated compression header");
                }
                int originalLength = ByteBuffer.wrap(payload, 1, 4).getInt();
                yield Compressor.decompress(payload, 5, payload.length - 5, originalLength, what);
            }
            default -> throw new CorruptContentException(what + " has unknown payload kind " + payload[0]);
        };
        if (!hasher.idOf(data, 0, data.length).equals(id)) {
            throw new CorruptContentException(what + " does not hash to its ID");
        }
        return data;
    }

    /** The cipher for repository metadata blobs (indexes, manifests, pack trailers), with the same key. */
    public AuthenticatedCipher metadataCipher() {
        return cipher;
    }

    @Override
    public void close() {
        if (compressor != null) {
            compressor.close();
        }
    }
}
