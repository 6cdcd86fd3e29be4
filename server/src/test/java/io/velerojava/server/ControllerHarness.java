package io.velerojava.server;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.javaoperatorsdk.operator.Operator;
import io.javaoperatorsdk.operator.api.reconciler.Reconciler;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.velerojava.engine.location.BackupStoreResolver;
import io.velerojava.server.metrics.ServerMetrics;
import io.velerojava.storage.ObjectStoreRegistry;
import io.velerojava.storage.filesystem.FilesystemObjectStoreProvider;
import io.velerojava.storage.filesystem.SignedUrlServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Chosen controllers of the server, run by a real operator against the real API server, with a clock the test
 * controls and the filesystem provider serving signed URLs. What {@link VeleroServer} does, minus leader election,
 * metrics endpoint and the controllers a test does not need.
 */
public final class ControllerHarness implements AutoCloseable {

    private final Operator operator;
    private final SignedUrlServer downloads;
    private final ServerContext context;

    private ControllerHarness(Operator operator, SignedUrlServer downloads, ServerContext context) {
        this.operator = operator;
        this.downloads = downloads;
        this.context = context;
    }

    public static ControllerHarness start(KubernetesClient client, ServerOptions options, Clock clock,
            Function<ServerContext, List<Reconciler<? extends HasMetadata>>> controllers) throws IOException {
        SignedUrlServer downloads = SignedUrlServer.start(new InetSocketAddress("127.0.0.1", 0), Optional.empty());
        ObjectStoreRegistry providers = ObjectStoreRegistry.discover()
                .with(new FilesystemObjectStoreProvider(downloads.signer()));
        PrometheusMeterRegistry meters = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        ServerContext context = new ServerContext(client, options,
                new BackupStoreResolver(client, options.namespace(), providers), meters, new ServerMetrics(meters),
                clock);
        Operator operator = new Operator(overrider -> overrider.withKubernetesClient(client)
                .withCloseClientOnStop(false).withUseSSAToPatchPrimaryResource(false));
        for (Reconciler<? extends HasMetadata> reconciler : controllers.apply(context)) {
            register(operator, reconciler, options.namespace());
        }
        operator.start();
        return new ControllerHarness(operator, downloads, context);
    }

    public ServerContext context() {
        return context;
    }

    @Override
    public void close() {
        try {
            operator.stop();
        } finally {
            downloads.close();
        }
    }

    private static <P extends HasMetadata> void register(Operator operator, Reconciler<P> reconciler,
            String namespace) {
        operator.register(reconciler, configuration -> configuration.settingNamespace(namespace));
    }
}
