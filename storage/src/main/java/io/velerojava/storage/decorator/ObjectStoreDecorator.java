package io.velerojava.storage.decorator;

import io.velerojava.storage.ByteRange;
import io.velerojava.storage.ObjectInfo;
import io.velerojava.storage.ObjectStore;
import java.io.InputStream;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.function.Supplier;

/**
 * Routes every operation of the wrapped store through {@link #around}, so a decorator (retry, metrics, logging)
 * is written once for all operations.
 */
public abstract class ObjectStoreDecorator implements ObjectStore {

    protected final ObjectStore delegate;

    protected ObjectStoreDecorator(ObjectStore delegate) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
    }

    /**
     * Runs {@code call}, the delegate's implementation of {@code operation} on {@code target} (a key or a prefix).
     */
    protected abstract <T> T around(ObjectStoreOperation operation, String target, Supplier<T> call);

    @Override
    public void put(String key, InputStream data, OptionalLong length) {
        around(ObjectStoreOperation.PUT, key, () -> {
            delegate.put(key, data, length);
            return null;
        });
    }

    @Override
    public boolean exists(String key) {
        return around(ObjectStoreOperation.EXISTS, key, () -> delegate.exists(key));
    }

    @Override
    public InputStream get(String key) {
        return around(ObjectStoreOperation.GET, key, () -> delegate.get(key));
    }

    @Override
    public InputStream get(String key, ByteRange range) {
        return around(ObjectStoreOperation.GET_RANGE, key, () -> delegate.get(key, range));
    }

    @Override
    public List<String> listCommonPrefixes(String prefix, String delimiter) {
        return around(ObjectStoreOperation.LIST_COMMON_PREFIXES, prefix,
                () -> delegate.listCommonPrefixes(prefix, delimiter));
    }

    @Override
    public List<ObjectInfo> list(String prefix) {
        return around(ObjectStoreOperation.LIST, prefix, () -> delegate.list(prefix));
    }

    @Override
    public void delete(String key) {
        around(ObjectStoreOperation.DELETE, key, () -> {
            delegate.delete(key);
            return null;
        });
    }

    @Override
    public URI signedDownloadUrl(String key, Duration ttl) {
        return around(ObjectStoreOperation.SIGN_URL, key, () -> delegate.signedDownloadUrl(key, ttl));
    }

    @Override
    public void close() {
        delegate.close();
    }
}
