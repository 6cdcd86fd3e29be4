package io.velerojava.repository.content;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Reads the trailer of a whole pack blob (see {@link PackBuilder} for the layout). */
public final class PackReader {

    private PackReader() {
    }

    public static List<PackBuilder.PackedContent> contents(String packName, byte[] pack, AuthenticatedCipher cipher)
            throws CorruptContentException {
        if (pack.length < PackBuilder.MAGIC.length + 4
                || !Arrays.equals(pack, 0, PackBuilder.MAGIC.length, PackBuilder.MAGIC, 0, PackBuilder.MAGIC.length)) {
            throw new CorruptContentException("pack " + packName + " does not start with the pack magic");
        }
        int trailerLength = ByteBuffer.wrap(pack, pack.length - 4, 4).getInt();
        int trailerStart = pack.length - 4 - trailerLength;
        if (trailerLength < AuthenticatedCipher.MIN_SEALED_LENGTH || trailerStart < PackBuilder.MAGIC.length) {
            throw new CorruptContentException("pack " + packName + " has an invalid trailer length " + trailerLength);
        }
        byte[] trailer = cipher.open(PackBuilder.TRAILER_AAD, pack, trailerStart, trailerLength,
                "trailer of pack " + packName);
        ByteBuffer buffer = ByteBuffer.wrap(trailer);
        int count = buffer.getInt();
        if (count < 0 || trailer.length != 4 + (long) count * PackBuilder.TRAILER_ENTRY_LENGTH) {
            throw new CorruptContentException("trailer of pack " + packName + " has an inconsistent entry count");
        }
        List<PackBuilder.PackedContent> contents = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            ContentId id = ContentId.of(trailer, buffer.position());
            buffer.position(buffer.position() + ContentId.LENGTH);
            int offset = buffer.getInt();
            int length = buffer.getInt();
            if (offset < PackBuilder.MAGIC.length || length < 0 || (long) offset + length > trailerStart) {
                throw new CorruptContentException("trailer of pack " + packName + " points outside the pack for "
                        + id);
            }
            contents.add(new PackBuilder.PackedContent(id, offset, length));
        }
        return contents;
    }
}
