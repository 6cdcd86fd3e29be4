package io.velerojava.repository.content;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects sealed content records into one pack blob.
 *
 * <pre>
 * pack    = magic "VJPK" | version 0x02 | record* | trailer | uint32 trailerLength
 * trailer = seal(aad "velero-java pack trailer", uint32 count | (contentId[32] | uint32 offset | uint32 length)*)
 * </pre>
 * Offsets are from the start of the pack. The trailer makes a pack self-describing, so the index can be rebuilt
 * from packs alone. The records are kept as they come and copied once, into a blob of the exact size, when the pack
 * is finished: no buffer of the target size is reserved up front and no second copy is made.
 */
public final class PackBuilder {

    static final byte[] MAGIC = {'V', 'J', 'P', 'K', 2};
    static final byte[] TRAILER_AAD = "velero-java pack trailer".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    static final int TRAILER_ENTRY_LENGTH = ContentId.LENGTH + 8;

    private final List<byte[]> records = new ArrayList<>();
    private final List<PackedContent> contents = new ArrayList<>();
    private int size = MAGIC.length;

    /** A content's place in a pack. */
    public record PackedContent(ContentId id, int offset, int length) {
    }

    public PackedContent add(ContentId id, byte[] record) {
        PackedContent packed = new PackedContent(id, size, record.length);
        records.add(record);
        contents.add(packed);
        size += record.length;
        return packed;
    }

    public int size() {
        return size;
    }

    public boolean isEmpty() {
        return contents.isEmpty();
    }

    public List<PackedContent> contents() {
        return List.copyOf(contents);
    }

    /** Appends the sealed trailer and returns the finished pack blob; the builder must not be used afterwards. */
    public byte[] finish(AuthenticatedCipher cipher) {
        ByteBuffer trailer = ByteBuffer.allocate(4 + contents.size() * TRAILER_ENTRY_LENGTH);
        trailer.putInt(contents.size());
        byte[] id = new byte[ContentId.LENGTH];
        for (PackedContent content : contents) {
            content.id().copyTo(id, 0);
            trailer.put(id).putInt(content.offset()).putInt(content.length());
        }
        byte[] sealedTrailer = cipher.seal(TRAILER_AAD, trailer.array());
        ByteBuffer pack = ByteBuffer.allocate(size + sealedTrailer.length + 4);
        pack.put(MAGIC);
        for (byte[] record : records) {
            pack.put(record);
        }
        records.clear();
        return pack.put(sealedTrailer).putInt(sealedTrailer.length).array();
    }
}
