package io.velerojava.engine.podvolume.repository;

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
import java.util.regex.Pattern;

/**
 * The repository's blob storage on a bucket: blob {@code packs/x} is the object {@code <keyPrefix>packs/x}, so a
 * repository lives under one key prefix of a backup storage location ({@code <prefix>/kopia/<namespace>/}).
 *
 * <p>The object store's contract (atomic put, read-after-write, lexicographic listing) gives the blob contract
 * directly; this class only translates keys and failures: a missing object is a {@link BlobNotFoundException}, any
 * other object store failure an {@link IOException} naming the blob.
 */
public final class ObjectStoreBlobStorage implements BlobStorage {

    private static final Pattern VALID_NAME = Pattern.compile("[a-z0-9._-]+(/[a-z0-9._-]+)*");
    private static final Pattern VALID_PREFIX = Pattern.compile("([a-z0-9._-]+/)*[a-z0-9._-]*");

    private final ObjectStore store;
    private final String keyPrefix;

    /**
     * @param store     the bucket; the caller keeps it open while this storage is used and closes it after
     * @param keyPrefix the key prefix holding the repository, ending in {@code /}
     */
    public ObjectStoreBlobStorage(ObjectStore store, String keyPrefix) {
        if (!keyPrefix.endsWith("/")) {
            throw new IllegalArgumentException("the repository key prefix must end with '/', got \"" + keyPrefix
                    + "\"");
        }
        this.store = store;
        this.keyPrefix = keyPrefix;
    }

    @Override
    public void put(String name, byte[] data) throws IOException {
        String key = keyOf(name);
        try {
            store.put(key, data);
        } catch (ObjectStoreException e) {
            throw new IOException("cannot store blob " + name + " at " + key + ": " + e.getMessage(), e);
        }
    }

    @Override
    public byte[] get(String name) throws IOException {
        String key = keyOf(name);
        try (InputStream in = store.get(key)) {
            return in.readAllBytes();
        } catch (ObjectNotFoundException e) {
            throw notFound(name, e);
        } catch (ObjectStoreException e) {
            throw new IOException("cannot read blob " + name + " at " + key + ": " + e.getMessage(), e);
        }
    }

    @Override
    public byte[] get(String name, long offset, int length) throws IOException {
        String key = keyOf(name);
        if (offset < 0 || length < 0) {
            throw new IllegalArgumentException("range [" + offset + ", " + (offset + length) + ") of blob '" + name
                    + "' is negative");
        }
        if (length == 0) {
            if (!exists(name)) {
                throw new BlobNotFoundException(name);
            }
            return new byte[0];
        }
        byte[] data;
        try (InputStream in = store.get(key, new ByteRange(offset, length))) {
            data = in.readNBytes(length);
        } catch (ObjectNotFoundException e) {
            throw notFound(name, e);
        } catch (ObjectStoreException e) {
            throw new IOException("cannot read bytes [" + offset + ", " + (offset + length) + ") of blob " + name
                    + " at " + key + ": " + e.getMessage(), e);
        }
        if (data.length != length) {
            // The store cuts a range at the object's end; the blob contract refuses it instead.
            throw new IllegalArgumentException("range [" + offset + ", " + (offset + length) + ") is outside blob '"
                    + name + "', which ends at " + (offset + data.length));
        }
        return data;
    }

    @Override
    public List<BlobInfo> list(String prefix) throws IOException {
        if (!VALID_PREFIX.matcher(prefix).matches() || prefix.contains("..")) {
            throw new IllegalArgumentException("invalid blob name prefix '" + prefix + "'");
        }
        try {
            return store.list(keyPrefix + prefix).stream()
                    .map(object -> new BlobInfo(object.key().substring(keyPrefix.length()), object.size()))
                    .toList();
        } catch (ObjectStoreException e) {
            throw new IOException("cannot list blobs under " + keyPrefix + prefix + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void delete(String name) throws IOException {
        String key = keyOf(name);
        try {
            store.delete(key);
        } catch (ObjectStoreException e) {
            throw new IOException("cannot delete blob " + name + " at " + key + ": " + e.getMessage(), e);
        }
    }

    @Override
    public boolean exists(String name) throws IOException {
        String key = keyOf(name);
        try {
            return store.exists(key);
        } catch (ObjectStoreException e) {
            throw new IOException("cannot check blob " + name + " at " + key + ": " + e.getMessage(), e);
        }
    }

    private String keyOf(String name) {
        if (name == null || !VALID_NAME.matcher(name).matches() || name.contains("..")) {
            throw new IllegalArgumentException("invalid blob name '" + name
                    + "': expected /-separated segments of [a-z0-9._-] without '..'");
        }
        return keyPrefix + name;
    }

    private static BlobNotFoundException notFound(String name, ObjectNotFoundException cause) {
        BlobNotFoundException notFound = new BlobNotFoundException(name);
        notFound.initCause(cause);
        return notFound;
    }
}
