package io.velerojava.repository.blob;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Blob storage in a map, for tests and for throw-away repositories. */
public final class InMemoryBlobStorage implements BlobStorage {

    private final Map<String, byte[]> blobs = new ConcurrentHashMap<>();

    @Override
    public void put(String name, byte[] data) {
        blobs.put(BlobNames.requireValid(name), data.clone());
    }

    @Override
    public byte[] get(String name) throws BlobNotFoundException {
        return blob(name).clone();
    }

    @Override
    public byte[] get(String name, long offset, int length) throws BlobNotFoundException {
        byte[] blob = blob(name);
        BlobNames.checkRange(name, blob.length, offset, length);
        return Arrays.copyOfRange(blob, (int) offset, (int) offset + length);
    }

    @Override
    public List<BlobInfo> list(String prefix) {
        List<BlobInfo> result = new ArrayList<>();
        blobs.forEach((name, data) -> {
            if (name.startsWith(prefix)) {
                result.add(new BlobInfo(name, data.length));
            }
        });
        return result;
    }

    @Override
    public void delete(String name) {
        blobs.remove(name);
    }

    @Override
    public boolean exists(String name) {
        return blobs.containsKey(name);
    }

    private byte[] blob(String name) throws BlobNotFoundException {
        byte[] blob = blobs.get(name);
        if (blob == null) {
            throw new BlobNotFoundException(name);
        }
        return blob;
    }
}
