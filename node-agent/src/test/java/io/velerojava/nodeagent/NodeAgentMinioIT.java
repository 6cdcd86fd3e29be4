package io.velerojava.nodeagent;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.velerojava.api.builder.BackupStorageLocationBuilder;
import io.velerojava.api.v1.PodVolumeBackup;
import io.velerojava.api.v1.PodVolumeBackupPhase;
import io.velerojava.api.v1.PodVolumeRestore;
import io.velerojava.api.v1.PodVolumeRestorePhase;
import io.velerojava.storage.LocationConfig;
import io.velerojava.storage.ObjectInfo;
import io.velerojava.storage.ObjectStore;
import io.velerojava.storage.ObjectStoreRegistry;
import io.velerojava.testenv.LocalClusterExtension;
import io.velerojava.testenv.TestEnvironment;
import io.velerojava.testenv.TestNamespace;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The node agent with its repository in MinIO, through the aws provider, as with a real S3 location. */
@ExtendWith(LocalClusterExtension.class)
class NodeAgentMinioIT {

    private static final String LOCATION = "minio";
    private static final String CREDENTIAL_SECRET = "cloud-credentials";
    private static final String CREDENTIAL_KEY = "cloud";

    @TempDir
    Path work;

    private final String prefix = "node-agent-" + UUID.randomUUID().toString().substring(0, 8);
    private KubernetesClient client;
    private TestEnvironment env;
    private String veleroNamespace;
    private PodVolumeFixture fixture;
    private NodeAgent agent;

    @BeforeAll
    static void installCrds() {
        PodVolumeFixture.installCrds(LocalClusterExtension.adminClient());
    }

    @BeforeEach
    void startAgent(KubernetesClient client, TestNamespace namespace, TestEnvironment env) throws IOException {
        this.client = client;
        this.env = env;
        this.veleroNamespace = namespace.name();
        client.secrets().inNamespace(veleroNamespace).resource(new SecretBuilder()
                .withNewMetadata().withName(CREDENTIAL_SECRET).endMetadata()
                .addToStringData(CREDENTIAL_KEY, new String(credentialsFile(), StandardCharsets.UTF_8))
                .build()).create();
        client.resource(BackupStorageLocationBuilder.forLocation(veleroNamespace, LOCATION)
                .provider("aws").bucket(env.s3Bucket()).prefix(prefix)
                .config("region", "us-east-1").config("s3ForcePathStyle", "true")
                .config("s3Url", env.s3Endpoint().toString())
                .credential(CREDENTIAL_SECRET, CREDENTIAL_KEY).build()).create();
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
    void theRepositoryLivesUnderTheLocationsKopiaFolderInTheBucket() throws IOException {
        Pod pod = fixture.createRunningPod("db-0", "data");
        Path source = fixture.volumeDirectory(pod, "data");
        DirectoryTree.write(source, 11);

        PodVolumeBackup backup = fixture.awaitBackupFinished(fixture.createBackup(pod, "data",
                PodVolumeFixture.NODE, LOCATION, null));

        assertThat(backup.getStatus().getPhase()).as(backup.getStatus().getMessage())
                .isEqualTo(PodVolumeBackupPhase.COMPLETED);
        try (ObjectStore bucket = ObjectStoreRegistry.discover().open(new LocationConfig("aws", env.s3Bucket(), "",
                Map.of("region", "us-east-1", "s3ForcePathStyle", "true", "s3Url", env.s3Endpoint().toString()),
                Optional.of(credentialsFile()), Optional.empty()))) {
            List<String> keys = bucket.list(prefix + "/").stream().map(ObjectInfo::key).toList();
            String repository = prefix + "/kopia/" + fixture.appNamespace() + "/";
            assertThat(keys).isNotEmpty().allMatch(key -> key.startsWith(repository));
            assertThat(keys).contains(repository + "config");
        }

        Pod restoredPod = fixture.createRunningPod("db-0-restored", "data");
        PodVolumeRestore restore = fixture.awaitRestoreFinished(fixture.createRestore(restoredPod, "data",
                backup.getStatus().getSnapshotID(), fixture.appNamespace(), LOCATION, "restore-uid-2"));

        assertThat(restore.getStatus().getPhase()).as(restore.getStatus().getMessage())
                .isEqualTo(PodVolumeRestorePhase.COMPLETED);
        Path target = fixture.volumeDirectory(restoredPod, "data");
        Files.delete(target.resolve(".velero/restore-uid-2"));
        Files.delete(target.resolve(".velero"));
        assertThat(DirectoryTree.describe(target)).isEqualTo(DirectoryTree.describe(source));
    }

    private byte[] credentialsFile() {
        return ("[default]\naws_access_key_id=" + env.s3AccessKey() + "\naws_secret_access_key="
                + env.s3SecretKey() + "\n").getBytes(StandardCharsets.UTF_8);
    }
}
