package io.velerojava.server.restore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.velerojava.api.VeleroFinalizers;
import io.velerojava.api.builder.BackupBuilder;
import io.velerojava.api.builder.RestoreBuilder;
import io.velerojava.api.v1.Backup;
import io.velerojava.api.v1.BackupPhase;
import io.velerojava.api.v1.Restore;
import io.velerojava.api.v1.RestorePhase;
import io.velerojava.server.LifecycleFixture;
import io.velerojava.server.ServerOptions;
import io.velerojava.server.VeleroServer;
import io.velerojava.testenv.LocalClusterExtension;
import io.velerojava.testenv.TestNamespace;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real server backs up a namespace to a filesystem location, the namespace is deleted, and a Restore brings it
 * back; the restore's files are checked in the bucket and removed with the Restore.
 */
@ExtendWith(LocalClusterExtension.class)
class RestoreIT {


    @TempDir
    Path bucketRoot;

    private final KubernetesClient client;
    private String veleroNamespace;
    private final String appNamespace = "app-" + UUID.randomUUID().toString().substring(0, 8);
    private VeleroServer server;

    RestoreIT(KubernetesClient client) {
        this.client = client;
    }

    @BeforeAll
    static void installCrds() {
        LifecycleFixture.installCrds(LocalClusterExtension.adminClient());
    }

    @BeforeEach
    void startServer(TestNamespace namespace) throws IOException {
        veleroNamespace = namespace.name();
        server = VeleroServer.start(client, ServerOptions.defaults(veleroNamespace).withEphemeralLoopbackPorts());
        client.namespaces().resource(new NamespaceBuilder().withNewMetadata().withName(appNamespace)
                .addToLabels("team", "web").endMetadata().build()).create();
        LifecycleFixture.createDefaultLocation(client, veleroNamespace, bucketRoot);
    }

    @AfterEach
    void stopServer() {
        server.close();
        client.namespaces().withName(appNamespace).delete();
        // The Restores' finalizer needs the server; without it they would keep the namespace terminating.
        client.resources(Restore.class).inNamespace(veleroNamespace).list().getItems().forEach(restore ->
                client.resources(Restore.class).inNamespace(veleroNamespace)
                        .withName(restore.getMetadata().getName()).edit(r -> {
                            r.getMetadata().getFinalizers().clear();
                            return r;
                        }));
    }

    @Test
    void restoresADeletedNamespaceAndKeepsItsFilesUntilTheRestoreIsDeleted() throws IOException {
        createApplication();
        Backup backup = LifecycleFixture.createAndAwaitFinished(client, BackupBuilder.forBackup(veleroNamespace, "nightly")
                .includedNamespaces(appNamespace).build());
        assertThat(backup.getStatus().getPhase()).isEqualTo(BackupPhase.COMPLETED);
        client.namespaces().withName(appNamespace).delete();
        await().atMost(Duration.ofSeconds(60)).until(() -> client.namespaces().withName(appNamespace).get() == null);

        Restore restore = LifecycleFixture.createAndAwaitFinished(client, RestoreBuilder.forRestore(veleroNamespace, "nightly-restore")
                .backupName("nightly").build());

        assertThat(restore.getStatus().getPhase()).isEqualTo(RestorePhase.COMPLETED);
        assertThat(restore.getStatus().getErrors()).isZero();
        assertThat(restore.getStatus().getStartTimestamp()).isNotNull();
        assertThat(restore.getStatus().getCompletionTimestamp()).isNotNull();
        assertThat(restore.getStatus().getProgress().getItemsRestored())
                .isEqualTo(restore.getStatus().getProgress().getTotalItems()).isPositive();
        assertThat(restore.getMetadata().getFinalizers()).contains(VeleroFinalizers.RESTORE_EXTERNAL_RESOURCES);
        assertThat(client.namespaces().withName(appNamespace).get().getMetadata().getLabels())
                .containsEntry("team", "web");
        assertThat(client.configMaps().inNamespace(appNamespace).withName("settings").get().getData())
                .containsEntry("mode", "fast");
        assertThat(client.secrets().inNamespace(appNamespace).withName("credentials").get()).isNotNull();
        assertThat(client.services().inNamespace(appNamespace).withName("web").get().getSpec().getClusterIP())
                .isNotEmpty();
        assertThat(client.apps().deployments().inNamespace(appNamespace).withName("web").get().getMetadata()
                .getLabels()).containsEntry("velero.io/backup-name", "nightly")
                .containsEntry("velero.io/restore-name", "nightly-restore");

        Path restoreDir = bucketRoot.resolve(LifecycleFixture.BUCKET).resolve("restores/nightly-restore");
        assertThat(restoreDir.resolve("restore-nightly-restore-logs.gz")).exists();
        assertThat(restoreDir.resolve("restore-nightly-restore-results.gz")).exists();
        Map<String, List<String>> resourceList = new ObjectMapper().readValue(
                gunzip(restoreDir.resolve("restore-nightly-restore-resource-list.json.gz")), new TypeReference<>() { });
        assertThat(resourceList.get("v1/ConfigMap")).contains(appNamespace + "/settings(created)");
        assertThat(resourceList.get("apps/v1/Deployment")).containsExactly(appNamespace + "/web(created)");
        assertThat(resourceList.get("v1/Namespace")).containsExactly(appNamespace + "(created)");
        assertThat(new String(gunzip(restoreDir.resolve("restore-nightly-restore-logs.gz"))))
                .contains("level=info msg=\"Starting restore of backup nightly\"");

        client.resources(Restore.class).inNamespace(veleroNamespace).withName("nightly-restore").delete();
        await().atMost(Duration.ofSeconds(30)).until(() -> client.resources(Restore.class)
                .inNamespace(veleroNamespace).withName("nightly-restore").get() == null);
        assertThat(restoreDir.resolve("restore-nightly-restore-logs.gz")).doesNotExist();
    }

    @Test
    void restoreOfAMissingBackupFailsValidation() {
        Restore restore = LifecycleFixture.createAndAwaitFinished(client, RestoreBuilder.forRestore(veleroNamespace, "orphan")
                .backupName("does-not-exist").build());

        assertThat(restore.getStatus().getPhase()).isEqualTo(RestorePhase.FAILED_VALIDATION);
        assertThat(restore.getStatus().getValidationErrors()).singleElement().asString()
                .contains("backup does-not-exist not found");
    }

    private void createApplication() {
        String ns = appNamespace;
        client.configMaps().inNamespace(ns).resource(new ConfigMapBuilder().withNewMetadata().withName("settings")
                .endMetadata().addToData("mode", "fast").build()).create();
        client.secrets().inNamespace(ns).resource(new SecretBuilder().withNewMetadata().withName("credentials")
                .endMetadata().addToStringData("password", "hunter2").build()).create();
        client.services().inNamespace(ns).resource(new ServiceBuilder().withNewMetadata().withName("web")
                .endMetadata().withNewSpec().addNewPort().withPort(80).endPort().addToSelector("app", "web")
                .endSpec().build()).create();
        client.apps().deployments().inNamespace(ns).resource(new DeploymentBuilder().withNewMetadata()
                .withName("web").endMetadata().withNewSpec().withReplicas(1).withNewSelector()
                .addToMatchLabels("app", "web").endSelector().withNewTemplate().withNewMetadata()
                .addToLabels("app", "web").endMetadata().withNewSpec().addNewContainer().withName("nginx")
                .withImage("nginx:1.27").endContainer().endSpec().endTemplate().endSpec().build()).create();
    }

    private static byte[] gunzip(Path file) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return in.readAllBytes();
        }
    }
}
