package io.velerojava.cli.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.velerojava.api.VeleroCrds;
import io.velerojava.api.builder.BackupBuilder;
import io.velerojava.api.v1.Backup;
import io.velerojava.api.v1.BackupPhase;
import io.velerojava.api.v1.BackupStorageLocation;
import io.velerojava.api.v1.Schedule;
import io.velerojava.api.v1.SchedulePhase;
import io.velerojava.cli.VeleroCommand;
import io.velerojava.server.ServerOptions;
import io.velerojava.server.VeleroServer;
import io.velerojava.server.status.ServerVersion;
import io.velerojava.storage.LocationConfig;
import io.velerojava.storage.ObjectStore;
import io.velerojava.storage.backup.BackupStore;
import io.velerojava.storage.backup.BackupUpload;
import io.velerojava.storage.backup.Payload;
import io.velerojava.storage.filesystem.FilesystemObjectStoreProvider;
import io.velerojava.testenv.LocalClusterExtension;
import io.velerojava.testenv.TestEnvironment;
import io.velerojava.testenv.TestNamespace;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
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
 * The lifecycle commands against a real server and API server: {@code version} asks the server, a backup found
 * in the bucket appears through sync and {@code backup delete --confirm} removes it from bucket and cluster,
 * {@code backup-location} and {@code schedule} commands create what the server then works with.
 */
@ExtendWith(LocalClusterExtension.class)
class BackupLifecycleCommandsIT {

    @TempDir
    Path root;

    private final KubernetesClient client;
    private final String namespace;
    private final Path kubeconfig;
    private VeleroServer server;

    BackupLifecycleCommandsIT(KubernetesClient client, TestNamespace namespace, TestEnvironment environment) {
        this.client = client;
        this.namespace = namespace.name();
        this.kubeconfig = environment.kubeconfig();
    }

    @BeforeAll
    static void installCrds() {
        KubernetesClient client = LocalClusterExtension.adminClient();
        for (CustomResourceDefinition crd : VeleroCrds.definitions()) {
            client.resource(crd).forceConflicts().serverSideApply();
        }
        for (CustomResourceDefinition crd : VeleroCrds.definitions()) {
            client.apiextensions().v1().customResourceDefinitions().withName(crd.getMetadata().getName())
                    .waitUntilCondition(found -> found.getStatus() != null && found.getStatus().getConditions()
                            .stream().anyMatch(c -> "Established".equals(c.getType())), 60, TimeUnit.SECONDS);
        }
    }

    @BeforeEach
    void startServer() {
        ServerOptions defaults = ServerOptions.defaults(namespace);
        server = VeleroServer.start(client, new ServerOptions(namespace, defaults.defaultBackupTtl(),
                Duration.ofSeconds(1), Duration.ofSeconds(1), defaults.clientQps(), defaults.clientBurst(),
                defaults.clientPageSize(), defaults.itemBlockWorkerCount(), defaults.logLevel(), defaults.logFormat(),
                new InetSocketAddress("127.0.0.1", 0), "default", defaults.resourceTimeout(),
                new InetSocketAddress("127.0.0.1", 0), Optional.empty()));
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void versionPrintsTheClientAndTheServerVersion() {
        String out = velero("version");

        assertThat(out).contains("Client:\n\tVersion: ").contains("Server:\n\tVersion: " + ServerVersion.current());
    }

    @Test
    void aBackupSyncedFromTheBucketIsDeletedByBackupDelete() throws Exception {
        velero("backup-location", "create", "default", "--provider", FilesystemObjectStoreProvider.NAME,
                "--bucket", "bucket", "--config", "fspath=" + root, "--default");
        Files.createDirectories(root.resolve("bucket"));
        writeBackup("old-backup");

        await().atMost(Duration.ofSeconds(30)).until(() -> backup("old-backup") != null);
        assertThat(velero("backup-location", "get")).contains("default").contains("bucket").contains("Available");

        String out = velero("backup", "delete", "old-backup", "--confirm");

        assertThat(out).contains("Request to delete backup \"old-backup\" submitted successfully.");
        await().atMost(Duration.ofSeconds(30)).until(() -> backup("old-backup") == null);
        assertThat(root.resolve("bucket/backups/old-backup")).doesNotExist();
    }

    @Test
    void scheduleCommandsCreateListPauseAndDelete() {
        assertThat(velero("schedule", "create", "nightly", "--schedule", "0 3 * * *", "--ttl", "72h"))
                .contains("Schedule \"nightly\" created successfully.");
        Schedule enabled = await().atMost(Duration.ofSeconds(30)).until(
                () -> client.resources(Schedule.class).inNamespace(namespace).withName("nightly").get(),
                found -> found.getStatus() != null && SchedulePhase.ENABLED.equals(found.getStatus().getPhase()));
        assertThat(enabled.getSpec().getTemplate().getTtl().toString()).isEqualTo("72h0m0s");

        assertThat(velero("schedule", "get")).contains("NAME").contains("nightly").contains("Enabled")
                .contains("0 3 * * *").contains("72h0m0s");
        assertThat(velero("schedule", "pause", "nightly")).contains("Schedule \"nightly\" paused successfully.");
        assertThat(client.resources(Schedule.class).inNamespace(namespace).withName("nightly").get().getSpec()
                .getPaused()).isTrue();
        assertThat(velero("schedule", "describe", "nightly")).contains("Paused:  true").contains("TTL:  72h0m0s");
        assertThat(velero("schedule", "delete", "nightly", "--confirm")).contains("Schedule deleted: nightly");
        assertThat(client.resources(Schedule.class).inNamespace(namespace).withName("nightly").get()).isNull();
    }

    private void writeBackup(String name) {
        Backup backup = BackupBuilder.forBackup("velero", name).storageLocation("default")
                .phase(BackupPhase.COMPLETED).build();
        LocationConfig config = new LocationConfig(FilesystemObjectStoreProvider.NAME, "bucket", "",
                Map.of(FilesystemObjectStoreProvider.ROOT_PATH_KEY, root.toString()), Optional.empty(),
                Optional.empty());
        try (ObjectStore store = new FilesystemObjectStoreProvider().open(config)) {
            new BackupStore(store, "").putBackup(new BackupUpload(name,
                    new KubernetesSerialization().asJson(backup).getBytes(StandardCharsets.UTF_8),
                    Payload.of(new byte[] {1, 2, 3}), Optional.empty(), Map.of()));
        }
    }

    private Backup backup(String name) {
        return client.resources(Backup.class).inNamespace(namespace).withName(name).get();
    }

    private String velero(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> command = new ArrayList<>(List.of("--kubeconfig", kubeconfig.toString(), "-n", namespace));
        command.addAll(List.of(args));
        int exit = VeleroCommand.commandLine().setOut(new PrintWriter(out)).setErr(new PrintWriter(err))
                .execute(command.toArray(String[]::new));
        assertThat(exit).as("velero %s: %s", String.join(" ", args), err).isZero();
        return out.toString();
    }
}
