package io.velerojava.repository.content;

import java.io.ByteArrayOutputStream;
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
 * from packs alone.
 */
public final class PackBuilder {

    static final byte[] MAGIC = {'V', 'J', 'P', 'K', 2};
    static final byte[] TRAILER_AAD = "velero-java pack trailer".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    static final int TRAILER_ENTRY_LENGTH = ContentId.LENGTH + 8;

    private final ByteArrayOutputStream buffer;
    private final List<PackedContent> contents = new ArrayList<>();

    public PackBuilder(int expectedSize) {
        this.buffer = new ByteArrayOutputStream(expectedSize + 4096);
        buffer.writeBytes(MAGIC);
    }

    /** A content's place in a pack. */
    public record PackedContent(ContentId id, int offset, int length) {
    }

    public PackedContent add(ContentId id, byte[] record) {
        PackedContent packed = new PackedContent(id, buffer.size(), record.length);
        buffer.writeBytes(record);
        contents.add(packed);
        return packed;
    }

    public int size() {
        return buffer.size();
    }

    public boolean isEmpty() {
        return contents.isEmpty();
    }

    public List<PackedContent> contents() {
        return List.copyOf(contents);
    }

    /** Appends the sealed trailer and returns the finished pack blob. */
    public byte[] finish(AuthenticatedCipher cipher) {
        ByteBuffer trailer = ByteBuffer.allocate(4 + contents.size() * TRAILER_ENTRY_LENGTH);
        trailer.putInt(contents.size());
        byte[] id = new byte[ContentId.LENGTH];
        for (PackedContent content : contents) {
            content.id().copyTo(id, 0);
            trailer.put(id).putInt(content.offset()).putInt(content.length());
        }
        byte[] sealed = cipher.seal(TRAILER_AAD, trailer.array());
        buffer.writeBytes(sealed);
        buffer.writeBytes(ByteBuffer.allocate(4).putInt(sealed.length).array());
        return buffer.toByteArray();
    }
}
