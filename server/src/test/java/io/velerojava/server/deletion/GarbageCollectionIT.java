package io.velerojava.server.deletion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.velerojava.api.VeleroLabels;
import io.velerojava.api.builder.BackupBuilder;
import io.velerojava.api.builder.DeleteBackupRequestBuilder;
import io.velerojava.api.v1.Backup;
import io.velerojava.api.v1.BackupPhase;
import io.velerojava.api.v1.BackupStorageLocation;
import io.velerojava.api.v1.BackupStorageLocationAccessMode;
import io.velerojava.api.v1.DeleteBackupRequest;
import io.velerojava.api.v1.DeleteBackupRequestPhase;
import io.velerojava.server.ControllerHarness;
import io.velerojava.server.LifecycleFixture;
import io.velerojava.server.MergePatch;
import io.velerojava.server.MovableClock;
import io.velerojava.server.ServerOptions;
import io.velerojava.server.location.BackupStorageLocationReconciler;
import io.velerojava.testenv.LocalClusterExtension;
import io.velerojava.testenv.TestNamespace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Expired backups and DeleteBackupRequests against the real API server and a filesystem location. */
@ExtendWith(LocalClusterExtension.class)
class GarbageCollectionIT {

    @TempDir
    Path root;

    private final KubernetesClient client;
    private final String namespace;
    private final MovableClock clock = new MovableClock(Instant.now());
    private ControllerHarness server;

    GarbageCollectionIT(KubernetesClient client, TestNamespace namespace) {
        this.client = client;
        this.namespace = namespace.name();
    }

    @BeforeAll
    static void installCrds() {
        LifecycleFixture.installCrds(LocalClusterExtension.adminClient());
    }

    @BeforeEach
    void startServer() throws IOException {
        ServerOptions options = ServerOptions.defaults(namespace).withGarbageCollectionFrequency(Duration.ofSeconds(1));
        server = ControllerHarness.start(client, options, clock, context -> List.of(
                new BackupStorageLocationReconciler(context), new GarbageCollectionReconciler(context),
                new BackupDeletionReconciler(context)));
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void anExpiredBackupIsDeletedFromTheBucketAndTheCluster() {
        BackupStorageLocation location = LifecycleFixture.createLocation(client, namespace, "default", root,
                BackupStorageLocationAccessMode.READ_WRITE);
        createBackup(location, "short-lived", clock.instant().plusSeconds(3600));
        Path files = root.resolve(LifecycleFixture.BUCKET).resolve("backups/short-lived");
        assertThat(files.resolve("velero-backup.json")).exists();

        clock.advance(Duration.ofHours(2));

        await().atMost(Duration.ofSeconds(30)).until(() -> backup("short-lived") == null);
        assertThat(Files.exists(files)).isFalse();
        assertThat(server.context().meters().find("velero.backup.deletion.success").counter().count()).isEqualTo(1);
    }

    @Test
    void anExpiredBackupInAReadOnlyLocationIsKeptAndLabelledWhy() {
        BackupStorageLocation location = LifecycleFixture.createLocation(client, namespace, "archive", root,
                BackupStorageLocationAccessMode.READ_ONLY);
        createBackup(location, "kept", clock.instant().minusSeconds(60));

        Backup kept = await().atMost(Duration.ofSeconds(30)).until(() -> backup("kept"),
                found -> found.getMetadata().getLabels().containsKey(VeleroLabels.GC_FAILURE));

        assertThat(kept.getMetadata().getLabels()).containsEntry(VeleroLabels.GC_FAILURE, "BSLReadOnly");
        assertThat(root.resolve(LifecycleFixture.BUCKET).resolve("backups/kept/velero-backup.json")).exists();
        assertThat(client.resources(DeleteBackupRequest.class).inNamespace(namespace).list().getItems()).isEmpty();
    }

    @Test
    void aRequestForABackupStillRunningIsRefusedWithTheReason() {
        client.resource(BackupBuilder.forBackup(namespace, "running").storageLocation("default").build()).create();
        MergePatch.applyToStatus(client, backup("running"), Map.of("phase", BackupPhase.IN_PROGRESS.value()));
        client.resource(DeleteBackupRequestBuilder.forBackup(namespace, "running", backup("running").getMetadata()
                .getUid()).build()).create();

        DeleteBackupRequest processed = await().atMost(Duration.ofSeconds(30)).until(
                () -> client.resources(DeleteBackupRequest.class).inNamespace(namespace).list().getItems().get(0),
                request -> request.getStatus() != null
                        && DeleteBackupRequestPhase.PROCESSED.equals(request.getStatus().getPhase()));

        assertThat(processed.getStatus().getErrors()).containsExactly("backup is still in progress");
        assertThat(backup("running")).isNotNull();
    }

    private void createBackup(BackupStorageLocation location, String name, Instant expiration) {
        Backup backup = BackupBuilder.forBackup(namespace, name).storageLocation(location.getMetadata().getName())
                .labels(VeleroLabels.STORAGE_LOCATION, location.getMetadata().getName())
                .phase(BackupPhase.COMPLETED).build();
        backup.getStatus().setExpiration(expiration.toString());
        LifecycleFixture.putBackup(server.context(), location, backup, "level=info msg=done\n");
        Map<String, Object> status = Map.of("phase", BackupPhase.COMPLETED.value(),
                "expiration", expiration.toString());
        backup.setStatus(null);
        MergePatch.applyToStatus(client, client.resource(backup).create(), status);
    }

    private Backup backup(String name) {
        return client.resources(Backup.class).inNamespace(namespace).withName(name).get();
    }
}
