package io.velerojava.server.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.velerojava.testenv.LocalClusterExtension;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The server's client against the real API server: each request takes a token before it is sent. */
@ExtendWith(LocalClusterExtension.class)
class RateLimitedClientIT {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void everyRequestTakesATokenInTurn() {
        TokenBucketTest.ManualTicker ticker = new TokenBucketTest.ManualTicker();
        try (KubernetesClient client = RateLimitedClient.build(LocalClusterExtension.adminConfig(),
                new TokenBucket(1, 2, ticker))) {
            for (int i = 0; i < 5; i++) {
                assertThat(client.namespaces().withName("default").get()).isNotNull();
            }
            assertThat(client.namespaces().list().getItems()).isNotEmpty();
        }

        // A burst of two, then one request a second: the four after the burst waited a second each.
        assertThat(ticker.sleeps).containsExactly(SECOND, SECOND, SECOND, SECOND);
    }

    @Test
    void theLimitHoldsInRealTime() {
        try (KubernetesClient client = RateLimitedClient.build(LocalClusterExtension.adminConfig(), 20, 1)) {
            long start = System.nanoTime();
            for (int i = 0; i < 21; i++) {
                client.namespaces().withName("default").get();
            }
            // 20 requests after the first at 20 a second: at least a second, however fast the server answers.
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(990));
        }
    }
}
