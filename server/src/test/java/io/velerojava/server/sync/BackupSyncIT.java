package io.velerojava.server.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.velerojava.api.VeleroAnnotations;
import io.velerojava.api.VeleroLabels;
import io.velerojava.api.builder.BackupBuilder;
import io.velerojava.api.v1.Backup;
import io.velerojava.api.v1.BackupPhase;
import io.velerojava.api.v1.BackupStorageLocation;
import io.velerojava.api.v1.BackupStorageLocationAccessMode;
import io.velerojava.server.ControllerHarness;
import io.velerojava.server.LifecycleFixture;
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
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** A cluster that never made a backup sees the ones in its location's bucket, and stops seeing deleted ones. */
@ExtendWith(LocalClusterExtension.class)
class BackupSyncIT {

    @TempDir
    Path root;

    private final KubernetesClient client;
    private final String namespace;
    private final MovableClock clock = new MovableClock(Instant.now());
    private ControllerHarness server;

    BackupSyncIT(KubernetesClient client, TestNamespace namespace) {
        this.client = client;
        this.namespace = namespace.name();
    }

    @BeforeAll
    static void installCrds() {
        LifecycleFixture.installCrds(LocalClusterExtension.adminClient());
    }

    @BeforeEach
    void startServer() throws IOException {
        ServerOptions options = ServerOptions.defaults(namespace).withBackupSyncPeriod(Duration.ofSeconds(1));
        server = ControllerHarness.start(client, options, clock, context -> List.of(
                new BackupStorageLocationReconciler(context), new BackupSyncReconciler(context)));
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void aBackupWrittenByAnotherClusterAppearsAndGoesAwayWithItsFiles() throws IOException {
        BackupStorageLocation location = LifecycleFixture.createLocation(client, namespace, "shared", root,
                BackupStorageLocationAccessMode.READ_WRITE);
        Backup written = BackupBuilder.forBackup("velero", "from-elsewhere").storageLocation("their-name")
                .includedNamespaces("shop").uid("0b0e4d8c-1111-2222-3333-444455556666")
                .phase(BackupPhase.COMPLETED).build();
        written.getStatus().setExpiration("2099-01-01T00:00:00Z");
        LifecycleFixture.putBackup(server.context(), location, written, "level=info msg=done\n");

        clock.advance(Duration.ofMinutes(5));
        Backup synced = await().atMost(Duration.ofSeconds(30)).until(() -> backup("from-elsewhere"),
                found -> found != null && found.getStatus() != null);

        assertThat(synced.getMetadata().getNamespace()).isEqualTo(namespace);
        assertThat(synced.getMetadata().getUid()).isNotEqualTo("0b0e4d8c-1111-2222-3333-444455556666");
        assertThat(synced.getMetadata().getLabels()).containsEntry(VeleroLabels.STORAGE_LOCATION, "shared");
        assertThat(synced.getMetadata().getAnnotations())
                .containsEntry(VeleroAnnotations.SYNCED_FROM_LOCATION, "shared");
        assertThat(synced.getSpec().getStorageLocation()).isEqualTo("shared");
        assertThat(synced.getSpec().getIncludedNamespaces()).containsExactly("shop");
        assertThat(synced.getStatus().getPhase()).isEqualTo(BackupPhase.COMPLETED);
        assertThat(synced.getStatus().getExpiration()).isEqualTo("2099-01-01T00:00:00Z");
        await().until(() -> location(location).getStatus().getLastSyncedTime() != null);

        try (Stream<Path> files = Files.walk(root.resolve(LifecycleFixture.BUCKET).resolve("backups/from-elsewhere"))) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
        clock.advance(Duration.ofMinutes(5));

        await().atMost(Duration.ofSeconds(30)).until(() -> backup("from-elsewhere") == null);
    }

    private Backup backup(String name) {
        return client.resources(Backup.class).inNamespace(namespace).withName(name).get();
    }

    private BackupStorageLocation location(BackupStorageLocation location) {
        return client.resource(location).get();
    }
}
