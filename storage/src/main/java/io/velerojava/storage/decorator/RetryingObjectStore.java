package io.velerojava.storage.decorator;

import io.velerojava.storage.ObjectStore;
import io.velerojava.storage.ObjectStoreException;
import io.velerojava.storage.TransientStorageException;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.OptionalLong;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

/**
 * Retries {@link TransientStorageException}s with exponential backoff and jitter; every other failure passes through
 * at once.
 *
 * <p>A put is retried only when its stream can be rewound ({@link InputStream#markSupported()} and a known length
 * up to 2 GiB, as for {@link ObjectStore#put(String, byte[])}); other streams are consumed by the first attempt, and
 * the provider's SDK retries their individual requests.
 */
public final class RetryingObjectStore extends ObjectStoreDecorator {

    private final RetryPolicy policy;
    private final Sleeper sleeper;

    public RetryingObjectStore(ObjectStore delegate, RetryPolicy policy) {
        this(delegate, policy, duration -> Thread.sleep(duration.toMillis()));
    }

    public RetryingObjectStore(ObjectStore delegate, RetryPolicy policy, Sleeper sleeper) {
        super(delegate);
        this.policy = policy;
        this.sleeper = sleeper;
    }

    @Override
    public void put(String key, InputStream data, OptionalLong length) {
        boolean rewindable = data.markSupported() && length.isPresent() && length.getAsLong() < Integer.MAX_VALUE;
        if (!rewindable) {
            delegate.put(key, data, length);
            return;
        }
        data.mark((int) length.getAsLong() + 1);
        around(ObjectStoreOperation.PUT, key, () -> {
            rewind(data, key);
            delegate.put(key, data, length);
            return null;
        });
    }

    @Override
    protected <T> T around(ObjectStoreOperation operation, String target, Supplier<T> call) {
        for (int attempt = 1; ; attempt++) {
            try {
                return call.get();
            } catch (TransientStorageException e) {
                if (attempt >= policy.maxAttempts()) {
                    throw e;
                }
                pause(jittered(policy.backoffBefore(attempt + 1)), e);
            }
        }
    }

    private void pause(Duration duration, TransientStorageException cause) {
        try {
            sleeper.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            cause.addSuppressed(e);
            throw cause;
        }
    }

    private static Duration jittered(Duration backoff) {
        long millis = backoff.toMillis();
        return Duration.ofMillis(millis - ThreadLocalRandom.current().nextLong(millis / 2 + 1));
    }

    private static void rewind(InputStream data, String key) {
        try {
            data.reset();
        } catch (IOException e) {
            throw new ObjectStoreException("cannot rewind the data of " + key + " for another attempt", e);
        }
    }

    /** Waits between attempts; tests pass one that records instead of sleeping. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }
}
