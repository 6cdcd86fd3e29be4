package io.velerojava.nodeagent;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.extended.leaderelection.LeaderCallbacks;
import io.javaoperatorsdk.operator.Operator;
import io.javaoperatorsdk.operator.api.config.ConfigurationServiceOverrider;
import io.javaoperatorsdk.operator.api.config.LeaderElectionConfiguration;
import io.javaoperatorsdk.operator.api.config.LeaderElectionConfigurationBuilder;
import io.velerojava.engine.location.BackupStoreResolver;
import io.velerojava.engine.podvolume.repository.RepositoryPassword;
import io.velerojava.engine.podvolume.repository.VolumeRepositories;
import io.velerojava.nodeagent.backup.PodVolumeBackupReconciler;
import io.velerojava.nodeagent.repository.BackupRepositoryReconciler;
import io.velerojava.nodeagent.restore.PodVolumeRestoreReconciler;
import io.velerojava.nodeagent.volume.HostVolumes;
import io.velerojava.storage.ObjectStoreRegistry;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code velero node-agent server}: the composition root of the agent that runs on every node. Two operators:
 * <ul>
 *   <li>pod volume backups and restores of this node, in every agent at once (each handles its own node);</li>
 *   <li>the BackupRepository controller, in one agent at a time: the holder of Lease {@value #REPOSITORY_LEASE}.
 *       It creates repositories and runs their maintenance, which must never run twice at once on a repository.
 *       (Velero runs this controller in the server and maintenance as Jobs; here it lives next to the other users
 *       of the repository library, so {@code velero server} does not link it.)</li>
 * </ul>
 */
public final class NodeAgent implements AutoCloseable {

    public static final String REPOSITORY_LEASE = "velero-repository-maintenance";

    private static final Logger log = LoggerFactory.getLogger(NodeAgent.class);

    private final Operator volumes;
    private final Operator repositories;
    private final AtomicBoolean closing;

    private NodeAgent(Operator volumes, Operator repositories, AtomicBoolean closing) {
        this.volumes = volumes;
        this.repositories = repositories;
        this.closing = closing;
    }

    /**
     * Starts both operators and returns once their caches are in sync. The caller keeps {@code client} open until
     * {@link #close()}.
     */
    public static NodeAgent start(KubernetesClient client, NodeAgentOptions options) {
        ObjectStoreRegistry providers = ObjectStoreRegistry.discover();
        BackupStoreResolver locations = new BackupStoreResolver(client, options.namespace(), providers);
        NodeAgentContext context = new NodeAgentContext(client, options, locations,
                new VolumeRepositories(locations, new RepositoryPassword(client, options.namespace())),
                new HostVolumes(client, options.hostPodsPath()), Clock.systemUTC());
        AtomicBoolean closing = new AtomicBoolean();

        Operator volumes = new Operator(overrider -> configure(overrider, client, Optional.empty()));
        volumes.register(new PodVolumeBackupReconciler(context), configuration -> configuration
                .settingNamespace(options.namespace())
                .withGenericFilter(backup -> PodVolumeBackupReconciler.isForNode(backup, options.nodeName())));
        volumes.register(new PodVolumeRestoreReconciler(context),
                configuration -> configuration.settingNamespace(options.namespace()));

        Operator repositories = new Operator(overrider -> configure(overrider, client,
                Optional.of(repositoryLeaderElection(options.namespace(), closing))));
        repositories.register(new BackupRepositoryReconciler(context),
                configuration -> configuration.settingNamespace(options.namespace()));

        volumes.start();
        try {
            repositories.start();
        } catch (RuntimeException e) {
            volumes.stop();
            throw e;
        }
        log.info("node agent started for node {} in namespace {}, pods directory {}, providers {}",
                options.nodeName(), options.namespace(), options.hostPodsPath(), providers.providerNames());
        return new NodeAgent(volumes, repositories, closing);
    }

    @Override
    public void close() {
        closing.set(true);
        try {
            repositories.stop();
        } finally {
            volumes.stop();
        }
    }

    private static ConfigurationServiceOverrider configure(ConfigurationServiceOverrider overrider,
            KubernetesClient client,
            Optional<LeaderElectionConfiguration> leaderElection) {
        overrider.withKubernetesClient(client)
                .withCloseClientOnStop(false)
                // Merge patches of status, as the server does: progress patched during a run is not claimed.
                .withUseSSAToPatchPrimaryResource(false);
        leaderElection.ifPresent(overrider::withLeaderElectionConfiguration);
        return overrider;
    }

    private static LeaderElectionConfiguration repositoryLeaderElection(String namespace, AtomicBoolean closing) {
        return LeaderElectionConfigurationBuilder.aLeaderElectionConfiguration(REPOSITORY_LEASE)
                .withLeaseNamespace(namespace)
                .withIdentity(identity())
                .withExitOnStopLeading(false)
                .withLeaderCallbacks(new LeaderCallbacks(
                        () -> log.info("this node agent maintains the backup repositories"),
                        () -> exitUnlessClosing(closing),
                        leader -> log.info("backup repositories are maintained by {}", leader)))
                .build();
    }

    /** A maintenance still running after the Lease passed on could overlap the new holder's; only exiting stops it. */
    private static void exitUnlessClosing(AtomicBoolean closing) {
        if (!closing.get()) {
            log.error("lost Lease {}; exiting so that no repository is maintained twice at once", REPOSITORY_LEASE);
            System.exit(1);
        }
    }

    /** Unique per process, so a restarted agent never mistakes an old lease for its own. */
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
