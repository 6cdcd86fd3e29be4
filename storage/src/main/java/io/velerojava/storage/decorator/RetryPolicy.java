package io.velerojava.storage.decorator;

import java.time.Duration;

/**
 * How often and how patiently to retry transient failures: attempt {@code n} (from 2) waits
 * {@code initialBackoff * 2^(n-2)}, at most {@code maxBackoff}, with jitter that takes off up to half.
 */
public record RetryPolicy(int maxAttempts, Duration initialBackoff, Duration maxBackoff) {

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be >= 1, got " + maxAttempts);
        }
        if (initialBackoff.isNegative() || maxBackoff.compareTo(initialBackoff) < 0) {
            throw new IllegalArgumentException("need 0 <= initialBackoff <= maxBackoff, got " + initialBackoff
                    + " and " + maxBackoff);
        }
    }

    /** Five attempts within about 6 seconds: enough for a throttled or restarting server, bounded for a dead one. */
    public static RetryPolicy defaults() {
        return new RetryPolicy(5, Duration.ofMillis(200), Duration.ofSeconds(3));
    }

    /** The longest wait before {@code attempt} (2 for the first retry), before jitter. */
    public Duration backoffBefore(int attempt) {
        long factor = 1L << Math.min(attempt - 2, 30);
        Duration backoff = initialBackoff.multipliedBy(factor);
        return backoff.compareTo(maxBackoff) > 0 ? maxBackoff : backoff;
    }
}
