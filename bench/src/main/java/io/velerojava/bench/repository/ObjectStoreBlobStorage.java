package io.velerojava.bench.repository;

import io.velerojava.repository.blob.BlobInfo;
import io.velerojava.repository.blob.BlobNotFoundException;
import io.velerojava.repository.blob.BlobStorage;
import io.velerojava.storage.ByteRange;
import io.velerojava.storage.ObjectNotFoundException;
import io.velerojava.storage.ObjectStore;
import io.velerojava.storage.ObjectStoreException;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * The repository's blob storage under one key prefix of a bucket, for the benchmark's S3 target: blob {@code x} is
 * object {@code <keyPrefix>x}. The object store's contract (atomic put, read-after-write) is the blob contract; this
 * class translates keys and failures only.
 */
final class ObjectStoreBlobStorage implements BlobStorage {

    private final ObjectStore store;
    private final String keyPrefix;

    /** @param keyPrefix the key prefix holding the repository, ending in {@code /} */
    ObjectStoreBlobStorage(ObjectStore store, String keyPrefix) {
        if (!keyPrefix.endsWith("/")) {
            throw new IllegalArgumentException("the key prefix must end with '/', got \"" + keyPrefix + "\"");
        }
        this.store = store;
        this.keyPrefix = keyPrefix;
    }

    @Override
    public void put(String name, byte[] data) throws IOException {
        try {
            store.put(keyPrefix + name, data);
        } catch (ObjectStoreException e) {
            throw new IOException("cannot store blob " + name + ": " + e.getMessage(), e);
        }
    }

    @Override
    public byte[] get(String name) throws IOException {
        try (InputStream in = store.get(keyPrefix + name)) {
            return in.readAllBytes();
        } catch (ObjectNotFoundException e) {
            throw notFound(name, e);
        } catch (ObjectStoreException e) {
            throw new IOException("cannot read blob " + name + ": " + e.getMessage(), e);
        }
    }

    @Override
    public byte[] get(String name, long offset, int length) throws IOException {
        if (length == 0) {
            if (!exists(name)) {
                throw new BlobNotFoundException(name);
            }
            return new byte[0];
        }
        byte[] data;
        try (InputStream in = store.get(keyPrefix + name, new ByteRange(offset, length))) {
            data = in.readNBytes(length);
        } catch (ObjectNotFoundException e) {
            throw notFound(name, e);
        } catch (ObjectStoreException e) {
            throw new IOException("cannot read " + length + " bytes at " + offset + " of blob " + name + ": "
                    + e.getMessage(), e);
        }
        if (data.length != length) {
            // The store cuts a range at the object's end; the blob contract refuses such a range instead.
            throw new IllegalArgumentException("range [" + offset + ", " + (offset + length) + ") is outside blob '"
                    + name + "', which ends at " + (offset + data.length));
        }
        return data;
    }

    @Override
    public List<BlobInfo> list(String prefix) throws IOException {
        try {
            return store.list(keyPrefix + prefix).stream()
                    .map(object -> new BlobInfo(object.key().substring(keyPrefix.length()), object.size()))
                    .toList();
        } catch (ObjectStoreException e) {
            throw new IOException("cannot list blobs under " + prefix + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void delete(String name) throws IOException {
        try {
            store.delete(keyPrefix + name);
        } catch (ObjectStoreException e) {
            throw new IOException("cannot delete blob " + name + ": " + e.getMessage(), e);
        }
    }

    @Override
    public boolean exists(String name) throws IOException {
        try {
            return store.exists(keyPrefix + name);
        } catch (ObjectStoreException e) {
            throw new IOException("cannot check blob " + name + ": " + e.getMessage(), e);
        }
    }

    private static BlobNotFoundException notFound(String name, ObjectNotFoundException cause) {
        BlobNotFoundException notFound = new BlobNotFoundException(name);
        notFound.initCause(cause);
        return notFound;
    }
}
