package io.velerojava.server.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TokenBucketTest {

    private static final long SECOND = 1_000_000_000L;

    private final ManualTicker ticker = new ManualTicker();

    @Test
    void aBurstGoesAtOnceThenRequestsWaitOneIntervalEach() throws InterruptedException {
        TokenBucket bucket = new TokenBucket(2, 3, ticker);

        for (int i = 0; i < 6; i++) {
            bucket.acquire();
        }

        assertThat(ticker.sleeps).containsExactly(SECOND / 2, SECOND / 2, SECOND / 2);
        assertThat(ticker.now).isEqualTo(3 * SECOND / 2);
    }

    @Test
    void idleTimeRefillsUpToTheBurstOnly() throws InterruptedException {
        TokenBucket bucket = new TokenBucket(10, 2, ticker);
        bucket.acquire();
        bucket.acquire();

        ticker.now += 60 * SECOND;
        bucket.acquire();
        bucket.acquire();
        bucket.acquire();

        assertThat(ticker.sleeps).containsExactly(SECOND / 10);
    }

    @Test
    void callersArrivingTogetherQueueBehindEachOther() {
        TokenBucket bucket = new TokenBucket(4, 1, ticker);

        // Reserved at the same instant, as by concurrent threads: each waits one interval longer.
        assertThat(List.of(bucket.reserve(), bucket.reserve(), bucket.reserve(), bucket.reserve()))
                .containsExactly(0L, SECOND / 4, SECOND / 2, 3 * SECOND / 4);
    }

    @Test
    void aFractionalRateIsKept() {
        TokenBucket bucket = new TokenBucket(0.5, 1, ticker);

        assertThat(bucket.reserve()).isZero();
        assertThat(bucket.reserve()).isEqualTo(2 * SECOND);
        ticker.now += 2 * SECOND;
        assertThat(bucket.reserve()).isEqualTo(2 * SECOND);
    }

    @Test
    void aRateLimitNeedsAPositiveRateAndBurst() {
        assertThatThrownBy(() -> new TokenBucket(0, 1, ticker)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TokenBucket(Double.NaN, 1, ticker)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TokenBucket(1, 0, ticker)).isInstanceOf(IllegalArgumentException.class);
    }

    /** Time that moves only when a caller sleeps or the test says so. */
    static final class ManualTicker implements TokenBucket.Ticker {
        final List<Long> sleeps = new ArrayList<>();
        long now;

        @Override
        public long nanoTime() {
            return now;
        }

        @Override
        public void sleep(long nanos) {
            sleeps.add(nanos);
            now += nanos;
        }
    }
}
