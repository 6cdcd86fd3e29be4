package io.velerojava.repository.object;

import io.velerojava.repository.content.ContentId;
import io.velerojava.repository.content.ContentReader;
import io.velerojava.repository.content.CorruptContentException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Reads objects back: resolves indirect objects to their chunk lists and reads the chunks in order. */
public final class ObjectReader {

    /** Objects read into memory (trees) are capped, so a hostile repository cannot exhaust the heap. */
    private static final long MAX_IN_MEMORY = 512L * 1024 * 1024;

    private final ContentReader contents;

    public ObjectReader(ContentReader contents) {
        this.contents = contents;
    }

    /** The content layer below, for reading the chunks of many objects together. */
    public ContentReader contents() {
        return contents;
    }

    /** Receives an object's bytes chunk by chunk. */
    @FunctionalInterface
    public interface ChunkConsumer {
        void accept(byte[] chunk) throws IOException;
    }

    /** Every content an object consists of (chunk-list contents first), without reading the data chunks. */
    public List<ContentId> contentIds(ObjectId id) throws IOException {
        if (!id.isIndirect()) {
            return List.of(id.content());
        }
        List<ContentId> ids = new ArrayList<>(contentIds(id.chunkList()));
        indirectChunks(id).forEach(chunk -> ids.add(chunk.id()));
        return ids;
    }

    /** The chunks of an indirect object without reading its data; empty for a direct object. */
    public List<ChunkList.Chunk> indirectChunks(ObjectId id) throws IOException {
        return id.isIndirect() ? ChunkList.parse(readAll(id.chunkList()), id).chunks() : List.of();
    }

    public void read(ObjectId id, ChunkConsumer consumer) throws IOException {
        if (!id.isIndirect()) {
            consumer.accept(contents.read(id.content()));
            return;
        }
        for (ChunkList.Chunk chunk : indirectChunks(id)) {
            byte[] data = contents.read(chunk.id());
            if (data.length != chunk.length()) {
                throw new CorruptContentException("content " + chunk.id() + " of object " + id + " has "
                        + data.length + " bytes, its chunk list says " + chunk.length());
            }
            consumer.accept(data);
        }
    }

    public byte[] readAll(ObjectId id) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        read(id, chunk -> {
            if (out.size() + (long) chunk.length > MAX_IN_MEMORY) {
                throw new CorruptContentException("object " + id + " is larger than " + MAX_IN_MEMORY
                        + " bytes, too large for a tree");
            }
            out.write(chunk);
        });
        return out.toByteArray();
    }
}
