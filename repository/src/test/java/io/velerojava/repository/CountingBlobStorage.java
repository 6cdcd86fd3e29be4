package io.velerojava.repository;

import io.velerojava.repository.blob.BlobInfo;
import io.velerojava.repository.blob.BlobStorage;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A decorator that records every read: names of whole-blob reads, and pack name and length of ranged reads. */
public final class CountingBlobStorage implements BlobStorage {

    private final BlobStorage delegate;
    /** Names of the blobs read whole, in order. */
    public final List<String> wholeReads = new CopyOnWriteArrayList<>();
    /** Lengths of the ranged reads, in order. */
    public final List<Integer> rangedReads = new CopyOnWriteArrayList<>();

    public CountingBlobStorage(BlobStorage delegate) {
        this.delegate = delegate;
    }

    public void clear() {
        wholeReads.clear();
        rangedReads.clear();
    }

    @Override
    public void put(String name, byte[] data) throws IOException {
        delegate.put(name, data);
    }

    @Override
    public byte[] get(String name) throws IOException {
        wholeReads.add(name);
        return delegate.get(name);
    }

    @Override
    public byte[] get(String name, long offset, int length) throws IOException {
        rangedReads.add(length);
        return delegate.get(name, offset, length);
    }

    @Override
    public List<BlobInfo> list(String prefix) throws IOException {
        return delegate.list(prefix);
    }

    @Override
    public void delete(String name) throws IOException {
        delegate.delete(name);
    }

    @Override
    public boolean exists(String name) throws IOException {
        return delegate.exists(name);
    }
}
