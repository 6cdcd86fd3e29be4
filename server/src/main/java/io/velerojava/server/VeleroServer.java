package io.velerojava.server;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.extended.leaderelection.LeaderCallbacks;
import io.javaoperatorsdk.operator.Operator;
import io.javaoperatorsdk.operator.api.config.LeaderElectionConfigurationBuilder;
import io.javaoperatorsdk.operator.api.reconciler.Reconciler;
import io.velerojava.engine.location.BackupStoreResolver;
import io.velerojava.server.metrics.MetricsEndpoint;
import io.velerojava.server.metrics.ServerMetrics;
import io.velerojava.storage.ObjectStoreRegistry;
import io.velerojava.storage.filesystem.FilesystemObjectStoreProvider;
import io.velerojava.storage.filesystem.SignedUrlServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code velero server}: the composition root. Starts the metrics and download endpoints, then the
 * {@link Controllers} under leader election on a Lease in the server's namespace, so that of several replicas only
 * the leader reconciles and no backup ever runs twice.
 */
public final class VeleroServer implements AutoCloseable {

    /** The Lease replicas compete for. */
    public static final String LEASE_NAME = "velero-server";

    private static final Logger log = LoggerFactory.getLogger(VeleroServer.class);

    private final Operator operator;
    private final MetricsEndpoint metrics;
    private final SignedUrlServer downloads;
    private final AtomicBoolean closing;

    private VeleroServer(Operator operator, MetricsEndpoint metrics, SignedUrlServer downloads,
            AtomicBoolean closing) {
        this.operator = operator;
        this.metrics = metrics;
        this.downloads = downloads;
        this.closing = closing;
    }

    /**
     * Starts the server and returns once the controllers' caches are in sync; the controllers reconcile once this
     * process holds the Lease. The caller keeps {@code client} open until {@link #close()}.
     */
    public static VeleroServer start(KubernetesClient client, ServerOptions options) {
        AtomicBoolean closing = new AtomicBoolean();
        MetricsEndpoint metrics = MetricsEndpoint.start(options.metricsAddress());
        SignedUrlServer downloads = startDownloadServer(options);
        try {
            ObjectStoreRegistry providers = ObjectStoreRegistry.discover()
                    .with(new FilesystemObjectStoreProvider(downloads.signer()));
            ServerContext context = new ServerContext(client, options,
                    new BackupStoreResolver(client, options.namespace(), providers), metrics.registry(),
                    new ServerMetrics(metrics.registry()), Clock.systemUTC());
            Operator operator = new Operator(overrider -> overrider
                    .withKubernetesClient(client)
                    .withCloseClientOnStop(false)
                    // Merge patches of status, like Velero's own controllers, so the fields other writers set
                    // (the CLI, progress updates during a backup) are never claimed by this field manager.
                    .withUseSSAToPatchPrimaryResource(false)
                    .withLeaderElectionConfiguration(LeaderElectionConfigurationBuilder
                            .aLeaderElectionConfiguration(LEASE_NAME)
                            .withLeaseNamespace(options.namespace())
                            .withIdentity(identity())
                            .withExitOnStopLeading(false)
                            .withLeaderCallbacks(new LeaderCallbacks(
                                    () -> log.info("this server is the leader; reconciling"),
                                    () -> exitUnlessClosing(closing),
                                    leader -> log.info("the leader is {}", leader)))
                            .build()));
            for (Reconciler<? extends HasMetadata> reconciler : Controllers.all(context)) {
                register(operator, reconciler, options.namespace());
            }
            operator.start();
            log.info("velero server started in namespace {} with providers {}", options.namespace(),
                    providers.providerNames());
            return new VeleroServer(operator, metrics, downloads, closing);
        } catch (RuntimeException e) {
            downloads.close();
            metrics.close();
            throw e;
        }
    }

    /** The port {@code /metrics} is served on (useful when the address asked for port 0). */
    public int metricsPort() {
        return metrics.port();
    }

    /** The port signed download URLs of filesystem locations are served on. */
    public int downloadPort() {
        return downloads.port();
    }

    @Override
    public void close() {
        closing.set(true);
        try {
            operator.stop();
        } finally {
            downloads.close();
            metrics.close();
        }
    }

    /**
     * A replica that lost the Lease without being asked to stop may still be running a backup that the new leader
     * will mark failed and may re-run; exiting at once is the only way to be sure it writes nothing more.
     */
    private static void exitUnlessClosing(AtomicBoolean closing) {
        if (!closing.get()) {
            log.error("lost the leader Lease {}; exiting so that no backup runs on two servers", LEASE_NAME);
            System.exit(1);
        }
    }

    private static <P extends HasMetadata> void register(Operator operator, Reconciler<P> reconciler,
            String namespace) {
        operator.register(reconciler, configuration -> configuration.settingNamespace(namespace));
    }

    private static SignedUrlServer startDownloadServer(ServerOptions options) {
        try {
            return SignedUrlServer.start(options.downloadServerAddress(), options.downloadServerUrl());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot serve download URLs on " + options.downloadServerAddress()
                    + "; pick another address with --download-server-address", e);
        }
    }

    /** Unique per process, so a restarted replica never mistakes an old lease for its own. */
    private static String identity() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "unknown-host";
        }
        return host + "-" + UUID.randomUUID();
    }
}
