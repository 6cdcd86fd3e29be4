package io.velerojava.nodeagent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.velerojava.api.VeleroAnnotations;
import io.velerojava.api.VeleroLabels;
import io.velerojava.api.builder.BackupBuilder;
import io.velerojava.api.builder.BackupStorageLocationBuilder;
import io.velerojava.api.builder.DeleteBackupRequestBuilder;
import io.velerojava.api.builder.RestoreBuilder;
import io.velerojava.api.v1.Backup;
import io.velerojava.api.v1.BackupPhase;
import io.velerojava.api.v1.BackupStorageLocation;
import io.velerojava.api.v1.PodVolumeBackup;
import io.velerojava.api.v1.PodVolumeBackupPhase;
import io.velerojava.api.v1.PodVolumeRestore;
import io.velerojava.api.v1.Restore;
import io.velerojava.api.v1.RestorePhase;
import io.velerojava.engine.location.BackupStoreResolver;
import io.velerojava.engine.podvolume.PodVolumeBackupsFile;
import io.velerojava.engine.podvolume.RestoreWaitContainer;
import io.velerojava.engine.podvolume.repository.OpenedRepository;
import io.velerojava.engine.podvolume.repository.RepositoryPassword;
import io.velerojava.engine.podvolume.repository.VolumeRepositories;
import io.velerojava.repository.SnapshotInfo;
import io.velerojava.server.ServerOptions;
import io.velerojava.server.VeleroServer;
import io.velerojava.storage.ObjectStoreRegistry;
import io.velerojava.storage.filesystem.FilesystemObjectStoreProvider;
import io.velerojava.testenv.LocalClusterExtension;
import io.velerojava.testenv.TestNamespace;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * File-system backup end to end: a real server backs up a namespace whose pod opts a volume in, the node agent
 * backs the volume up; after the namespace is deleted, a restore recreates the pod with the restore-wait init
 * container and the node agent fills its fresh volume with the same tree; deleting the backup forgets the volume's
 * snapshot in the repository.
 */
@ExtendWith(LocalClusterExtension.class)
class FileSystemBackupIT {

    private static final String LOCATION = "default";
    private static final String BUCKET = "bucket";
    private static final Duration RUN_TIMEOUT = Duration.ofMinutes(3);

    @TempDir
    Path work;

    private KubernetesClient client;
    private String veleroNamespace;
    private PodVolumeFixture fixture;
    private VeleroServer server;
    private NodeAgent agent;

    @BeforeAll
    static void installCrds() {
        PodVolumeFixture.installCrds(LocalClusterExtension.adminClient());
    }

    @BeforeEach
    void start(KubernetesClient client, TestNamespace namespace) throws IOException {
        this.client = client;
        this.veleroNamespace = namespace.name();
        Files.createDirectories(work.resolve("buckets").resolve(BUCKET));
        client.resource(BackupStorageLocationBuilder.forLocation(veleroNamespace, LOCATION)
                .provider(FilesystemObjectStoreProvider.NAME).bucket(BUCKET).defaultLocation(true)
                .config(FilesystemObjectStoreProvider.ROOT_PATH_KEY, work.resolve("buckets").toString()).build())
                .create();
        Path hostPods = Files.createDirectories(work.resolve("pods"));
        fixture = new PodVolumeFixture(client, veleroNamespace, hostPods);
        ServerOptions defaults = ServerOptions.defaults(veleroNamespace);
        server = VeleroServer.start(client, new ServerOptions(veleroNamespace, defaults.defaultBackupTtl(),
                defaults.backupSyncPeriod(), defaults.storeValidationFrequency(), defaults.clientQps(),
                defaults.clientBurst(), defaults.clientPageSize(), defaults.itemBlockWorkerCount(),
                defaults.logLevel(), defaults.logFormat(), new InetSocketAddress("127.0.0.1", 0), LOCATION,
                defaults.resourceTimeout(), new InetSocketAddress("127.0.0.1", 0), Optional.empty()));
        agent = NodeAgent.start(client, new NodeAgentOptions(veleroNamespace, PodVolumeFixture.NODE, hostPods,
                NodeAgentOptions.DEFAULT_MAINTENANCE_FREQUENCY));
    }

    @AfterEach
    void stop() {
        agent.close();
        server.close();
        fixture.close();
    }

    @Test
    void aBackedUpPodVolumeComesBackWithTheRestoredPodAndIsForgottenWithTheBackup() throws IOException {
        String app = fixture.appNamespace();
        Pod pod = fixture.createRunningPod("web-0", Map.of(VeleroAnnotations.BACKUP_VOLUMES, "data"), "data", "tmp");
        Path original = fixture.volumeDirectory(pod, "data");
        long bytes = DirectoryTree.write(original, 7);
        Map<String, String> expectedTree = DirectoryTree.describe(original);

        client.resources(Backup.class).inNamespace(veleroNamespace)
                .resource(BackupBuilder.forBackup(veleroNamespace, "nightly").includedNamespaces(app)
                        .parallelFilesUpload(3).build())
                .create();
        Backup backup = awaitBackup("nightly");

        assertThat(backup.getStatus().getPhase()).isEqualTo(BackupPhase.COMPLETED);
        List<PodVolumeBackup> volumeBackups = client.resources(PodVolumeBackup.class).inNamespace(veleroNamespace)
                .withLabel(VeleroLabels.BACKUP_NAME, "nightly").list().getItems();
        assertThat(volumeBackups).singleElement().satisfies(volumeBackup -> {
            assertThat(volumeBackup.getMetadata().getName()).startsWith("nightly-");
            assertThat(volumeBackup.getMetadata().getLabels())
                    .containsEntry(VeleroLabels.BACKUP_UID, backup.getMetadata().getUid());
            assertThat(volumeBackup.getMetadata().getOwnerReferences()).singleElement()
                    .satisfies(owner -> assertThat(owner.getUid()).isEqualTo(backup.getMetadata().getUid()));
            assertThat(volumeBackup.getSpec().getNode()).isEqualTo(PodVolumeFixture.NODE);
            assertThat(volumeBackup.getSpec().getVolume()).isEqualTo("data");
            assertThat(volumeBackup.getSpec().getUploaderSettings()).containsEntry("ParallelFilesUpload", "3");
            assertThat(volumeBackup.getStatus().getPhase()).isEqualTo(PodVolumeBackupPhase.COMPLETED);
            assertThat(volumeBackup.getStatus().getProgress().getBytesDone()).isEqualTo(bytes);
        });
        Path backupDirectory = work.resolve("buckets").resolve(BUCKET).resolve("backups").resolve("nightly");
        try (InputStream in = Files.newInputStream(backupDirectory.resolve("nightly-podvolumebackups.json.gz"))) {
            assertThat(PodVolumeBackupsFile.read(in)).singleElement().satisfies(recorded -> assertThat(
                    recorded.getStatus().getSnapshotID()).isEqualTo(volumeBackups.get(0).getStatus().getSnapshotID()));
        }

        client.namespaces().withName(app).delete();
        await().atMost(Duration.ofMinutes(2)).until(() -> client.namespaces().withName(app).get() == null);
        client.resources(Restore.class).inNamespace(veleroNamespace)
                .resource(RestoreBuilder.forRestore(veleroNamespace, "nightly-restore").backupName("nightly").build())
                .create();
        Restore restore = awaitRestore("nightly-restore");

        assertThat(restore.getStatus().getPhase()).isEqualTo(RestorePhase.COMPLETED);
        Pod restoredPod = client.pods().inNamespace(app).withName("web-0").get();
        Container wait = restoredPod.getSpec().getInitContainers().get(0);
        assertThat(wait.getName()).isEqualTo(RestoreWaitContainer.NAME);
        assertThat(wait.getArgs()).containsExactly(restore.getMetadata().getUid());
        assertThat(client.resources(PodVolumeRestore.class).inNamespace(veleroNamespace)
                .withLabel(VeleroLabels.RESTORE_UID, restore.getMetadata().getUid()).list().getItems())
                .singleElement().satisfies(volumeRestore -> assertThat(volumeRestore.getSpec().getPod().getUid())
                        .isEqualTo(restoredPod.getMetadata().getUid()));
        Path restored = fixture.volumeDirectory(restoredPod, "data");
        Path marker = restored.resolve(".velero").resolve(restore.getMetadata().getUid());
        assertThat(marker).isRegularFile();
        Files.delete(marker);
        Files.delete(restored.resolve(".velero"));
        assertThat(DirectoryTree.describe(restored)).isEqualTo(expectedTree);
        assertThat(fixture.volumeDirectory(restoredPod, "tmp")).isEmptyDirectory();

        String snapshotId = volumeBackups.get(0).getStatus().getSnapshotID();
        assertThat(snapshotIds(app)).containsExactly(snapshotId);
        client.resource(DeleteBackupRequestBuilder.forBackup(veleroNamespace, "nightly",
                backup.getMetadata().getUid()).build()).create();
        await().atMost(RUN_TIMEOUT).until(() -> client.resources(Backup.class).inNamespace(veleroNamespace)
                .withName("nightly").get() == null);
        assertThat(backupDirectory).doesNotExist();
        assertThat(snapshotIds(app)).isEmpty();
    }

    /** The snapshots in the repository of {@code volumeNamespace}, opened as the server and the agents do. */
    private List<String> snapshotIds(String volumeNamespace) throws IOException {
        BackupStorageLocation location = client.resources(BackupStorageLocation.class).inNamespace(veleroNamespace)
                .withName(LOCATION).get();
        VolumeRepositories repositories = new VolumeRepositories(
                new BackupStoreResolver(client, veleroNamespace, ObjectStoreRegistry.discover()),
                new RepositoryPassword(client, veleroNamespace));
        try (OpenedRepository opened = repositories.open(location, volumeNamespace)) {
            return opened.repository().listSnapshots(Map.of()).stream().map(SnapshotInfo::id).toList();
        }
    }

    private Backup awaitBackup(String name) {
        return client.resources(Backup.class).inNamespace(veleroNamespace).withName(name)
                .waitUntilCondition(current -> current.getStatus() != null && current.getStatus().getPhase() != null
                        && List.of(BackupPhase.COMPLETED, BackupPhase.PARTIALLY_FAILED, BackupPhase.FAILED,
                                BackupPhase.FAILED_VALIDATION).contains(current.getStatus().getPhase()),
                        RUN_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    }

    private Restore awaitRestore(String name) {
        return client.resources(Restore.class).inNamespace(veleroNamespace).withName(name)
                .waitUntilCondition(current -> current.getStatus() != null && current.getStatus().getPhase() != null
                        && List.of(RestorePhase.COMPLETED, RestorePhase.PARTIALLY_FAILED, RestorePhase.FAILED,
                                RestorePhase.FAILED_VALIDATION).contains(current.getStatus().getPhase()),
                        RUN_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    }
}
