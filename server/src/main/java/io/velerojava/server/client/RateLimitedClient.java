package io.velerojava.server.client;

import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.http.BasicBuilder;
import io.fabric8.kubernetes.client.http.HttpRequest;
import io.fabric8.kubernetes.client.http.Interceptor;

/**
 * The server's Kubernetes client: every request it sends (reads, writes, LIST pages, the watches of the
 * controllers' informers) first takes a token from one {@link TokenBucket}, as client-go's rate limiter does for
 * Velero's server ({@code --client-qps}, {@code --client-burst}). Requests block their caller while they wait.
 */
public final class RateLimitedClient {

    static final String INTERCEPTOR_NAME = "velero-client-rate-limit";

    private RateLimitedClient() {
    }

    public static KubernetesClient build(Config config, double qps, int burst) {
        return build(config, new TokenBucket(qps, burst, TokenBucket.Ticker.SYSTEM));
    }

    static KubernetesClient build(Config config, TokenBucket bucket) {
        return new KubernetesClientBuilder().withConfig(config)
                .withHttpClientBuilderConsumer(builder -> builder.addOrReplaceInterceptor(INTERCEPTOR_NAME,
                        new Interceptor() {
                            @Override
                            public void before(BasicBuilder request, HttpRequest original, RequestTags tags) {
                                try {
                                    bucket.acquire();
                                } catch (InterruptedException e) {
                                    Thread.currentThread().interrupt();
                                    throw new KubernetesClientException("interrupted while waiting for the client"
                                            + " rate limit (--client-qps) to send " + original.method() + " "
                                            + original.uri(), e);
                                }
                            }
                        }))
                .build();
    }
}
