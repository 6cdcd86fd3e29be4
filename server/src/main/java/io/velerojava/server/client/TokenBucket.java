package io.velerojava.server.client;

/**
 * client-go's client-side rate limit, as {@code --client-qps} and {@code --client-burst} configure it: up to
 * {@code burst} requests at once, then {@code qps} a second. Each caller reserves a token, taking the bucket below
 * zero if need be, and waits until that token has been earned; so waiting callers are served in arrival order
 * and the long-run rate never exceeds {@code qps}. Thread-safe.
 */
public final class TokenBucket {

    /** Time as the bucket sees it; tests move it by hand. */
    public interface Ticker {
        Ticker SYSTEM = new Ticker() {
            @Override
            public long nanoTime() {
                return System.nanoTime();
            }

            @Override
            public void sleep(long nanos) throws InterruptedException {
                Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
            }
        };

        long nanoTime();

        void sleep(long nanos) throws InterruptedException;
    }

    private static final double NANOS_PER_SECOND = 1e9;

    private final double qps;
    private final int burst;
    private final Ticker ticker;
    private double tokens;
    private long refilledAt;

    public TokenBucket(double qps, int burst, Ticker ticker) {
        if (!(qps > 0) || burst < 1) {
            throw new IllegalArgumentException("a rate limit needs a positive QPS and burst, got " + qps + " and "
                    + burst);
        }
        this.qps = qps;
        this.burst = burst;
        this.ticker = ticker;
        this.tokens = burst;
        this.refilledAt = ticker.nanoTime();
    }

    /** Takes a token, waiting as long as it takes to earn it. */
    public void acquire() throws InterruptedException {
        long wait = reserve();
        if (wait > 0) {
            ticker.sleep(wait);
        }
    }

    /** Takes a token now and returns how many nanoseconds the caller must wait before using it. */
    synchronized long reserve() {
        long now = ticker.nanoTime();
        tokens = Math.min(burst, tokens + (now - refilledAt) * qps / NANOS_PER_SECOND);
        refilledAt = now;
        tokens -= 1;
        return tokens >= 0 ? 0 : (long) Math.ceil(-tokens / qps * NANOS_PER_SECOND);
    }
}
