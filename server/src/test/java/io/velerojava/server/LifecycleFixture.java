package io.velerojava.server;

import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.velerojava.api.VeleroCrds;
import io.velerojava.api.builder.BackupStorageLocationBuilder;
import io.velerojava.api.v1.Backup;
import io.velerojava.api.v1.BackupStorageLocation;
import io.velerojava.api.v1.BackupStorageLocationAccessMode;
import io.velerojava.api.v1.BackupStorageLocationPhase;
import io.velerojava.engine.location.OpenedBackupStore;
import io.velerojava.storage.backup.BackupUpload;
import io.velerojava.storage.backup.Payload;
import io.velerojava.storage.filesystem.FilesystemObjectStoreProvider;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;

/** What the lifecycle ITs share: the CRDs, a filesystem location in a temp directory, backups written to it. */
public final class LifecycleFixture {

    public static final String BUCKET = "bucket";

    private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

    private LifecycleFixture() {
    }

    public static void installCrds(KubernetesClient client) {
        for (CustomResourceDefinition crd : VeleroCrds.definitions()) {
            client.resource(crd).forceConflicts().serverSideApply();
        }
        for (CustomResourceDefinition crd : VeleroCrds.definitions()) {
            client.apiextensions().v1().customResourceDefinitions().withName(crd.getMetadata().getName())
                    .waitUntilCondition(found -> found.getStatus() != null && found.getStatus().getConditions()
                            .stream().anyMatch(c -> "Established".equals(c.getType())
                                    && "True".equals(c.getStatus())), 60, TimeUnit.SECONDS);
        }
    }

    /** Creates a filesystem location whose bucket is {@code root/bucket} and waits until it is validated. */
    public static BackupStorageLocation createLocation(KubernetesClient client, String namespace, String name,
            Path root, BackupStorageLocationAccessMode accessMode) {
        try {
            Files.createDirectories(root.resolve(BUCKET));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        client.resource(BackupStorageLocationBuilder.forLocation(namespace, name)
                .provider(FilesystemObjectStoreProvider.NAME).bucket(BUCKET)
                .config(FilesystemObjectStoreProvider.ROOT_PATH_KEY, root.toString())
                .accessMode(accessMode).build()).create();
        return await().atMost(Duration.ofSeconds(30)).until(
                () -> client.resources(BackupStorageLocation.class).inNamespace(namespace).withName(name).get(),
                location -> location.getStatus() != null
                        && BackupStorageLocationPhase.AVAILABLE.equals(location.getStatus().getPhase()));
    }

    /** Writes {@code backup} to the location as a server would: metadata, a tarball and a gzipped log. */
    public static void putBackup(ServerContext server, BackupStorageLocation location, Backup backup, String log) {
        try (OpenedBackupStore store = server.locations().open(location)) {
            store.backupStore().putBackup(new BackupUpload(backup.getMetadata().getName(),
                    SERIALIZATION.asJson(backup).getBytes(StandardCharsets.UTF_8),
                    Payload.of(gzip("not a real tarball")), Optional.of(Payload.of(gzip(log))), Map.of()));
        }
    }

    public static byte[] gzip(String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
