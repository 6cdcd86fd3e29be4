package io.velerojava.server.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.Watch;
import io.fabric8.kubernetes.client.Watcher;
import io.fabric8.kubernetes.client.WatcherException;
import io.velerojava.api.builder.BackupBuilder;
import io.velerojava.api.v1.Backup;
import io.velerojava.api.v1.BackupPhase;
import io.velerojava.api.v1.BackupStorageLocation;
import io.velerojava.api.v1.BackupStorageLocationPhase;
import io.velerojava.api.v1.BackupStorageLocationSpec;
import io.velerojava.api.v1.ObjectStorageLocation;
import io.velerojava.server.LifecycleFixture;
import io.velerojava.server.MergePatch;
import io.velerojava.server.ServerOptions;
import io.velerojava.server.VeleroServer;
import io.velerojava.server.client.RateLimitedClient;
import io.velerojava.storage.filesystem.FilesystemObjectStoreProvider;
import io.velerojava.testenv.LocalClusterExtension;
import io.velerojava.testenv.TestNamespace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Velero 1.18's backup queue with a real server: backups created together are queued with visible positions and
 * start as {@code --concurrent-backups} and their namespaces allow. Every status change is recorded from a watch
 * (one namespace's events come in the API server's order), so what ran at the same time is read from the record.
 */
@ExtendWith(LocalClusterExtension.class)
class BackupQueueIT {

    private static final String BUCKET = "bucket";
    private static final int ITEMS_PER_NAMESPACE = 50;
    /**
     * The server's client is held to this rate (with a burst of 10), so that a backup, some eighty requests,
     * lasts seconds while queueing one takes a handful: the queue is seen by request count, not by luck.
     */
    private static final double SERVER_QPS = 25;
    private static final Set<BackupPhase> RUNNING = Set.of(BackupPhase.READY_TO_START, BackupPhase.IN_PROGRESS);

    @TempDir
    Path bucketRoot;

    private final KubernetesClient client = LocalClusterExtension.adminClient();
    private final String suffix = UUID.randomUUID().toString().substring(0, 6);
    private final List<String> appNamespaces = List.of("queue-a-" + suffix, "queue-b-" + suffix, "queue-c-" + suffix);
    private final History history = new History();
    private String veleroNamespace;
    private Watch watch;
    private VeleroServer server;
    private KubernetesClient serverClient;

    @BeforeAll
    static void installCrds() {
        LifecycleFixture.installCrds(LocalClusterExtension.adminClient());
    }

    @BeforeEach
    void prepare(TestNamespace namespace) throws Exception {
        veleroNamespace = namespace.name();
        Files.createDirectories(bucketRoot.resolve(BUCKET));
        ExecutorService creators = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> created = new ArrayList<>();
            for (String appNamespace : appNamespaces) {
                client.namespaces().resource(new NamespaceBuilder().withNewMetadata().withName(appNamespace)
                        .endMetadata().build()).create();
                for (int i = 0; i < ITEMS_PER_NAMESPACE; i++) {
                    ConfigMap configMap = new ConfigMapBuilder().withNewMetadata().withName("cm-" + i).endMetadata()
                            .addToData("n", Integer.toString(i)).build();
                    created.add(creators.submit(() -> client.configMaps().inNamespace(appNamespace)
                            .resource(configMap).create()));
                }
            }
            for (Future<?> creation : created) {
                creation.get();
            }
        } finally {
            creators.shutdown();
        }
        createAvailableLocation();
        watch = client.resources(Backup.class).inNamespace(veleroNamespace).watch(history);
    }

    @AfterEach
    void cleanUp() {
        if (server != null) {
            server.close();
            serverClient.close();
        }
        watch.close();
        appNamespaces.forEach(appNamespace -> client.namespaces().withName(appNamespace).delete());
    }

    @Test
    void oneAtATimeWithQueuePositionsVisible() {
        // Created before the server starts, so that all three are new together.
        for (int i = 0; i < 3; i++) {
            createBackup("b" + i, appNamespaces.get(i));
        }

        startServer(1);
        awaitCompleted("b0", "b1", "b2");

        assertThat(history.mostRunningAtOnce()).isEqualTo(1);
        assertThat(history.queuedAtOnce()).as("two backups waiting with positions 1 and 2").contains(Set.of(1, 2));
        assertThat(history.everQueued()).containsExactlyInAnyOrder("b0", "b1", "b2");
    }

    @Test
    void twoAtOnceWhenTheirNamespacesDoNotOverlap() {
        createBackup("first", appNamespaces.get(0));
        createBackup("second", appNamespaces.get(1));
        createBackup("overlapping", appNamespaces.get(0), appNamespaces.get(2));

        startServer(2);
        awaitCompleted("first", "second", "overlapping");

        assertThat(history.mostRunningAtOnce()).isEqualTo(2);
        assertThat(history.everRunningTogether("first", "overlapping")).isFalse();
    }

    private void startServer(int concurrentBackups) {
        serverClient = RateLimitedClient.build(LocalClusterExtension.adminConfig(), SERVER_QPS, 10);
        server = VeleroServer.start(serverClient, ServerOptions.defaults(veleroNamespace)
                .withEphemeralLoopbackPorts().withConcurrentBackups(concurrentBackups));
    }

    private void createBackup(String name, String... namespaces) {
        client.resource(BackupBuilder.forBackup(veleroNamespace, name).includedNamespaces(namespaces).build())
                .create();
    }

    private void awaitCompleted(String... names) {
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
            for (String name : names) {
                Backup backup = client.resources(Backup.class).inNamespace(veleroNamespace).withName(name).get();
                assertThat(backup.getStatus()).isNotNull();
                assertThat(backup.getStatus().getPhase()).as(name).isEqualTo(BackupPhase.COMPLETED);
            }
        });
    }

    /** A filesystem location marked Available, as its controller would, before any server runs. */
    private void createAvailableLocation() {
        BackupStorageLocation location = new BackupStorageLocation();
        location.getMetadata().setName("default");
        location.getMetadata().setNamespace(veleroNamespace);
        BackupStorageLocationSpec spec = new BackupStorageLocationSpec();
        spec.setProvider(FilesystemObjectStoreProvider.NAME);
        ObjectStorageLocation objectStorage = new ObjectStorageLocation();
        objectStorage.setBucket(BUCKET);
        spec.setObjectStorage(objectStorage);
        spec.setConfig(Map.of(FilesystemObjectStoreProvider.ROOT_PATH_KEY, bucketRoot.toString()));
        spec.setDefault(true);
        location.setSpec(spec);
        MergePatch.applyToStatus(client, client.resource(location).create(),
                Map.of("phase", BackupStorageLocationPhase.AVAILABLE.value()));
    }

    /** Every status the watch saw, replayed in order to tell what ran, and waited, at the same time. */
    private static final class History implements Watcher<Backup> {
        private final List<Backup> events = new ArrayList<>();

        @Override
        public synchronized void eventReceived(Action action, Backup backup) {
            events.add(backup);
        }

        @Override
        public void onClose(WatcherException cause) {
        }

        synchronized int mostRunningAtOnce() {
            int most = 0;
            for (Map<String, Backup> state : states()) {
                most = Math.max(most, (int) state.values().stream().filter(History::running).count());
            }
            return most;
        }

        /** The sets of queue positions held at the same moment, by more than one backup. */
        synchronized List<Set<Integer>> queuedAtOnce() {
            List<Set<Integer>> positions = new ArrayList<>();
            for (Map<String, Backup> state : states()) {
                List<Integer> held = state.values().stream().filter(b -> BackupPhase.QUEUED.equals(phase(b)))
                        .map(b -> b.getStatus().getQueuePosition()).toList();
                if (held.size() > 1) {
                    positions.add(Set.copyOf(held));
                }
            }
            return positions;
        }

        synchronized Set<String> everQueued() {
            Set<String> names = new HashSet<>();
            events.stream().filter(b -> BackupPhase.QUEUED.equals(phase(b)))
                    .forEach(b -> names.add(b.getMetadata().getName()));
            return names;
        }

        synchronized boolean everRunningTogether(String one, String other) {
            return states().stream().anyMatch(state -> state.containsKey(one) && state.containsKey(other)
                    && running(state.get(one)) && running(state.get(other)));
        }

        private List<Map<String, Backup>> states() {
            List<Map<String, Backup>> states = new ArrayList<>();
            Map<String, Backup> current = new HashMap<>();
            for (Backup event : events) {
                current.put(event.getMetadata().getName(), event);
                states.add(new HashMap<>(current));
            }
            return states;
        }

        private static boolean running(Backup backup) {
            return phase(backup) != null && RUNNING.contains(phase(backup));
        }

        private static BackupPhase phase(Backup backup) {
            return backup.getStatus() == null ? null : backup.getStatus().getPhase();
        }
    }
}
