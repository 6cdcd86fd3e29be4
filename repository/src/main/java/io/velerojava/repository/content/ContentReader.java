package io.velerojava.repository.content;

import io.velerojava.repository.blob.BlobNotFoundException;
import io.velerojava.repository.blob.BlobStorage;
import java.io.IOException;

/** Reads contents through the index: one ranged read of the pack, then decrypt, decompress and verify the hash. */
public final class ContentReader {

    private final BlobStorage storage;
    private final ContentCodec codec;
    private final ContentIndex index;

    public ContentReader(BlobStorage storage, ContentCodec codec, ContentIndex index) {
        this.storage = storage;
        this.codec = codec;
        this.index = index;
    }

    public byte[] read(ContentId id) throws IOException {
        IndexEntry entry = index.find(id).orElseThrow(() -> new CorruptContentException(
                "content " + id + " is not in any index: the repository is missing data"));
        byte[] record;
        try {
            record = storage.get(entry.pack(), entry.offset(), entry.length());
        } catch (BlobNotFoundException e) {
            throw new CorruptContentException("content " + id + " is in pack " + entry.pack()
                    + ", which does not exist", e);
        } catch (IllegalArgumentException e) {
            throw new CorruptContentException("content " + id + " lies outside pack " + entry.pack()
                    + " (the pack is truncated)", e);
        }
        return codec.open(id, record, "pack " + entry.pack() + " at offset " + entry.offset());
    }
}
