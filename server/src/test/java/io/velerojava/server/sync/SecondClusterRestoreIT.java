package io.velerojava.server.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.velerojava.api.builder.BackupBuilder;
import io.velerojava.api.builder.RestoreBuilder;
import io.velerojava.api.v1.Backup;
import io.velerojava.api.v1.BackupPhase;
import io.velerojava.api.v1.BackupStorageLocationAccessMode;
import io.velerojava.api.v1.Restore;
import io.velerojava.api.v1.RestorePhase;
import io.velerojava.server.LifecycleFixture;
import io.velerojava.server.ServerOptions;
import io.velerojava.server.VeleroServer;
import io.velerojava.testenv.LocalClusterExtension;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Migration: a backup made by one server appears, through sync, at a second server that has never seen it (its own
 * namespace and Backup objects, the same bucket), and is restored there.
 */
@ExtendWith(LocalClusterExtension.class)
class SecondClusterRestoreIT {

    @TempDir
    Path bucketRoot;

    @Test
    void backupMadeByOneServerIsSyncedToAnotherAndRestoredThere(KubernetesClient client) {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String source = "velero-src-" + suffix;
        String target = "velero-dst-" + suffix;
        String app = "shop-" + suffix;
        LifecycleFixture.installCrds(client);
        for (String namespace : new String[] {source, target, app}) {
            client.namespaces().resource(new NamespaceBuilder().withNewMetadata().withName(namespace).endMetadata()
                    .build()).create();
        }
        client.configMaps().inNamespace(app).resource(new ConfigMapBuilder().withNewMetadata().withName("prices")
                .endMetadata().addToData("apple", "3").build()).create();
        try (VeleroServer first = VeleroServer.start(client,
                ServerOptions.defaults(source).withEphemeralLoopbackPorts())) {
            LifecycleFixture.createLocation(client, source, "default", bucketRoot,
                    BackupStorageLocationAccessMode.READ_WRITE);
            client.resource(BackupBuilder.forBackup(source, "migrate").includedNamespaces(app).build()).create();
            await().atMost(Duration.ofSeconds(60)).until(() -> phaseOf(client, source, "migrate"),
                    BackupPhase.COMPLETED::equals);
        }
        client.namespaces().withName(app).delete();
        await().atMost(Duration.ofSeconds(90)).until(() -> client.namespaces().withName(app).get() == null);

        try (VeleroServer second = VeleroServer.start(client, ServerOptions.defaults(target)
                .withEphemeralLoopbackPorts().withBackupSyncPeriod(Duration.ofSeconds(1)))) {
            LifecycleFixture.createLocation(client, target, "default", bucketRoot,
                    BackupStorageLocationAccessMode.READ_WRITE);
            await().atMost(Duration.ofSeconds(60)).until(() -> phaseOf(client, target, "migrate"),
                    BackupPhase.COMPLETED::equals);

            client.resource(RestoreBuilder.forRestore(target, "bring-back").backupName("migrate").build()).create();
            await().atMost(Duration.ofSeconds(90)).until(() -> {
                Restore restore = client.resources(Restore.class).inNamespace(target).withName("bring-back").get();
                return restore.getStatus() == null ? null : restore.getStatus().getPhase();
            }, RestorePhase.COMPLETED::equals);
        } finally {
            for (String namespace : new String[] {source, target}) {
                client.namespaces().withName(namespace).delete();
            }
        }

        assertThat(client.configMaps().inNamespace(app).withName("prices").get().getData())
                .containsEntry("apple", "3");
        client.namespaces().withName(app).delete();
    }

    private static BackupPhase phaseOf(KubernetesClient client, String namespace, String name) {
        Backup backup = client.resources(Backup.class).inNamespace(namespace).withName(name).get();
        return backup == null || backup.getStatus() == null ? null : backup.getStatus().getPhase();
    }
}
