package io.velerojava.repository.object;

import io.velerojava.repository.content.ContentId;
import io.velerojava.repository.content.CorruptContentException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/** The bytes of an indirect object: {@code (contentId[32] | uint32 length)*}, one entry per chunk in order. */
public record ChunkList(List<Chunk> chunks) {

    private static final int ENTRY_LENGTH = ContentId.LENGTH + 4;

    /** One chunk of an object: its content and its plaintext length. */
    public record Chunk(ContentId id, int length) {
    }

    public ChunkList {
        chunks = List.copyOf(chunks);
    }

    byte[] toBytes() {
        ByteBuffer buffer = ByteBuffer.allocate(chunks.size() * ENTRY_LENGTH);
        for (Chunk chunk : chunks) {
            buffer.put(chunk.id().toBytes()).putInt(chunk.length());
        }
        return buffer.array();
    }

    static ChunkList parse(byte[] bytes, ObjectId source) throws CorruptContentException {
        if (bytes.length % ENTRY_LENGTH != 0) {
            throw new CorruptContentException("chunk list of object " + source + " has a partial entry");
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        List<Chunk> chunks = new ArrayList<>(bytes.length / ENTRY_LENGTH);
        while (buffer.hasRemaining()) {
            ContentId id = ContentId.of(bytes, buffer.position());
            buffer.position(buffer.position() + ContentId.LENGTH);
            int length = buffer.getInt();
            if (length < 0) {
                throw new CorruptContentException("chunk list of object " + source + " has a negative length");
            }
            chunks.add(new Chunk(id, length));
        }
        return new ChunkList(chunks);
    }
}
