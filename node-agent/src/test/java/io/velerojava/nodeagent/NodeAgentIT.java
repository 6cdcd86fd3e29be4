package io.velerojava.nodeagent;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.velerojava.api.builder.BackupStorageLocationBuilder;
import io.velerojava.api.v1.BackupRepository;
import io.velerojava.api.v1.BackupRepositoryPhase;
import io.velerojava.api.v1.PodVolumeBackup;
import io.velerojava.api.v1.PodVolumeBackupPhase;
import io.velerojava.api.v1.PodVolumeRestore;
import io.velerojava.api.v1.PodVolumeRestorePhase;
import io.velerojava.engine.podvolume.repository.RepositoryPassword;
import io.velerojava.storage.filesystem.FilesystemObjectStoreProvider;
import io.velerojava.testenv.LocalClusterExtension;
import io.velerojava.testenv.TestNamespace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A node agent against the real control plane and a filesystem location: it backs up a pod volume the fake kubelet
 * mounted, and restores it into a fresh pod's volume.
 */
@ExtendWith(LocalClusterExtension.class)
class NodeAgentIT {

    private static final String LOCATION = "default";
    private static final String BUCKET = "bucket";
    private static final String PREFIX = "velero";

    @TempDir
    Path work;

    private KubernetesClient client;
    private String veleroNamespace;
    private PodVolumeFixture fixture;
    private NodeAgent agent;

    @BeforeAll
    static void installCrds() {
        PodVolumeFixture.installCrds(LocalClusterExtension.adminClient());
    }

    /** Each test gets its own Velero namespace, so agents and repositories of different tests never meet. */
    @BeforeEach
    void startAgent(KubernetesClient client, TestNamespace namespace) throws IOException {
        this.client = client;
        this.veleroNamespace = namespace.name();
        Path bucketRoot = work.resolve("buckets");
        Files.createDirectories(bucketRoot.resolve(BUCKET));
        client.resource(BackupStorageLocationBuilder.forLocation(veleroNamespace, LOCATION)
                .provider(FilesystemObjectStoreProvider.NAME).bucket(BUCKET).prefix(PREFIX)
                .config(FilesystemObjectStoreProvider.ROOT_PATH_KEY, bucketRoot.toString()).build()).create();
        Path hostPods = Files.createDirectories(work.resolve("pods"));
        fixture = new PodVolumeFixture(client, veleroNamespace, hostPods);
        agent = NodeAgent.start(client, new NodeAgentOptions(veleroNamespace, PodVolumeFixture.NODE, hostPods,
                NodeAgentOptions.DEFAULT_MAINTENANCE_FREQUENCY));
    }

    @AfterEach
    void stopAgent() {
        agent.close();
        fixture.close();
    }

    @Test
    void backsUpAPodVolumeAndRestoresItIntoAFreshPod() throws IOException {
        Pod pod = fixture.createRunningPod("web-0", "data");
        Path source = fixture.volumeDirectory(pod, "data");
        long bytes = DirectoryTree.write(source, 42);

        PodVolumeBackup backup = fixture.awaitBackupFinished(fixture.createBackup(pod, "data",
                PodVolumeFixture.NODE, LOCATION, Map.of("ParallelFilesUpload", "2")));

        assertThat(backup.getStatus().getPhase()).isEqualTo(PodVolumeBackupPhase.COMPLETED);
        assertThat(backup.getStatus().getMessage()).isNull();
        assertThat(backup.getStatus().getSnapshotID()).matches("[0-9a-f]{32}");
        assertThat(backup.getStatus().getPath()).isEqualTo(source.toString());
        assertThat(backup.getStatus().getProgress().getTotalBytes()).isEqualTo(bytes);
        assertThat(backup.getStatus().getProgress().getBytesDone()).isEqualTo(bytes);
        assertThat(backup.getStatus().getStartTimestamp()).isNotNull();
        assertThat(backup.getStatus().getCompletionTimestamp()).isNotNull();
        BackupRepository repository = client.resources(BackupRepository.class).inNamespace(veleroNamespace)
                .withName(fixture.appNamespace() + "-" + LOCATION + "-kopia").get();
        assertThat(repository.getStatus().getPhase()).isEqualTo(BackupRepositoryPhase.READY);
        assertThat(repository.getSpec().getMaintenanceFrequency().toDuration()).isEqualTo(Duration.ofHours(1));
        assertThat(work.resolve("buckets").resolve(BUCKET).resolve(PREFIX).resolve("kopia")
                .resolve(fixture.appNamespace()).resolve("config")).isRegularFile();
        assertThat(client.secrets().inNamespace(veleroNamespace).withName(RepositoryPassword.SECRET_NAME).get())
                .isNotNull();

        Pod restoredPod = fixture.createRunningPod("web-0-restored", "data");
        PodVolumeRestore restore = fixture.awaitRestoreFinished(fixture.createRestore(restoredPod, "data",
                backup.getStatus().getSnapshotID(), fixture.appNamespace(), LOCATION, "restore-uid-1"));

        assertThat(restore.getStatus().getPhase()).isEqualTo(PodVolumeRestorePhase.COMPLETED);
        assertThat(restore.getStatus().getNode()).isEqualTo(PodVolumeFixture.NODE);
        assertThat(restore.getStatus().getProgress().getBytesDone()).isEqualTo(bytes);
        Path target = fixture.volumeDirectory(restoredPod, "data");
        assertThat(target.resolve(".velero/restore-uid-1")).isRegularFile();
        Files.delete(target.resolve(".velero/restore-uid-1"));
        Files.delete(target.resolve(".velero"));
        assertThat(DirectoryTree.describe(target)).isEqualTo(DirectoryTree.describe(source));
    }

    @Test
    void handlesOnlyTheBackupsOfItsNodeAndFailsClearlyWhenTheVolumeIsMissing() {
        Pod pod = fixture.createRunningPod("web-1", "data");

        PodVolumeBackup otherNode = fixture.createBackup(pod, "data", "node-b", LOCATION, null);
        PodVolumeBackup missingVolume = fixture.awaitBackupFinished(fixture.createBackup(pod, "logs",
                PodVolumeFixture.NODE, LOCATION, null));

        assertThat(missingVolume.getStatus().getPhase()).isEqualTo(PodVolumeBackupPhase.FAILED);
        assertThat(missingVolume.getStatus().getMessage())
                .isEqualTo("pod " + fixture.appNamespace() + "/web-1 has no volume named logs");
        assertThat(client.resources(PodVolumeBackup.class).inNamespace(veleroNamespace)
                .withName(otherNode.getMetadata().getName()).get().getStatus()).isNull();
    }
}
