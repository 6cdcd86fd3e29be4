package io.velerojava.server;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.micrometer.core.instrument.MeterRegistry;
import io.velerojava.engine.location.BackupStoreResolver;
import io.velerojava.server.metrics.ServerMetrics;
import java.time.Clock;
import java.util.Objects;

/**
 * What every reconciler of the server may use: the client, the flags, the locations, the meter registry and
 * Velero's metrics recorded in it, and the clock. One
 * instance per server process, built by {@link VeleroServer}.
 */
public record ServerContext(
        KubernetesClient client,
        ServerOptions options,
        BackupStoreResolver locations,
        MeterRegistry meters,
        ServerMetrics metrics,
        Clock clock) {

    public ServerContext {
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(locations, "locations");
        Objects.requireNonNull(meters, "meters");
        Objects.requireNonNull(metrics, "metrics");
        Objects.requireNonNull(clock, "clock");
    }

    /** The namespace the server watches: its own, where all velero.io objects live. */
    public String namespace() {
        return options.namespace();
    }
}
