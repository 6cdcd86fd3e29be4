package io.velerojava.repository;

import io.velerojava.repository.blob.BlobInfo;
import io.velerojava.repository.blob.BlobStorage;
import io.velerojava.repository.content.BlobLayout;
import java.io.IOException;
import java.util.List;

/** A decorator that makes every pack upload take {@code delayMillis}, to stretch a backup in time. */
final class SlowPackStorage implements BlobStorage {

    private final BlobStorage delegate;
    private final long delayMillis;

    SlowPackStorage(BlobStorage delegate, long delayMillis) {
        this.delegate = delegate;
        this.delayMillis = delayMillis;
    }

    @Override
    public void put(String name, byte[] data) throws IOException {
        if (name.startsWith(BlobLayout.PACKS)) {
            try {
                Thread.sleep(delayMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            }
        }
        delegate.put(name, data);
    }

    @Override
    public byte[] get(String name) throws IOException {
        return delegate.get(name);
    }

    @Override
    public byte[] get(String name, long offset, int length) throws IOException {
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
