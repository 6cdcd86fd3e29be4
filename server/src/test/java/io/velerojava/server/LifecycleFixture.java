package io.velerojava.server;

import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.velerojava.api.OpenEnum;
import io.velerojava.api.VeleroCrds;
import io.velerojava.api.builder.BackupStorageLocationBuilder;
import io.velerojava.api.v1.Backup;
import io.velerojava.api.v1.BackupStorageLocation;
import io.velerojava.api.v1.BackupStorageLocationAccessMode;
import io.velerojava.api.v1.BackupStorageLocationPhase;
import io.velerojava.api.v1.Restore;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;

/** What the lifecycle ITs share: the CRDs, a filesystem location in a temp directory, backups written to it. */
public final class LifecycleFixture {

    public static final String BUCKET = "bucket";

    private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

    private LifecycleFixture() {
    }

    /** Applies Velero's CRDs and {@code extra} ones (a test's own custom resources) and waits until all are served. */
    public static void installCrds(KubernetesClient client, CustomResourceDefinition... extra) {
        List<CustomResourceDefinition> crds = new ArrayList<>(VeleroCrds.definitions());
        crds.addAll(List.of(extra));
        for (CustomResourceDefinition crd : crds) {
            client.resource(crd).forceConflicts().serverSideApply();
        }
        for (CustomResourceDefinition crd : crds) {
            client.apiextensions().v1().customResourceDefinitions().withName(crd.getMetadata().getName())
                    .waitUntilCondition(found -> found.getStatus() != null && found.getStatus().getConditions()
                            .stream().anyMatch(c -> "Established".equals(c.getType())
                                    && "True".equals(c.getStatus())), 60, TimeUnit.SECONDS);
        }
    }

    /** Creates a filesystem location whose bucket is {@code root/bucket} and waits until it is validated. */
    public static BackupStorageLocation createLocation(KubernetesClient client, String namespace, String name,
            Path root, BackupStorageLocationAccessMode accessMode) {
        return createLocation(client, namespace, name, root, accessMode, false);
    }

    /** The {@code default: true} location {@code default}, which backups naming no location use. */
    public static BackupStorageLocation createDefaultLocation(KubernetesClient client, String namespace, Path root) {
        return createLocation(client, namespace, "default", root, BackupStorageLocationAccessMode.READ_WRITE, true);
    }

    private static BackupStorageLocation createLocation(KubernetesClient client, String namespace, String name,
            Path root, BackupStorageLocationAccessMode accessMode, boolean isDefault) {
        try {
            Files.createDirectories(root.resolve(BUCKET));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        client.resource(BackupStorageLocationBuilder.forLocation(namespace, name)
                .provider(FilesystemObjectStoreProvider.NAME).bucket(BUCKET)
                .config(FilesystemObjectStoreProvider.ROOT_PATH_KEY, root.toString())
                .accessMode(accessMode).defaultLocation(isDefault).build()).create();
        return await().atMost(Duration.ofSeconds(30)).until(
                () -> client.resources(BackupStorageLocation.class).inNamespace(namespace).withName(name).get(),
                location -> location.getStatus() != null
                        && BackupStorageLocationPhase.AVAILABLE.equals(location.getStatus().getPhase()));
    }

    /**
     * Creates a Backup or Restore and waits until the server has finished with it: its phase is set and is none of
     * New, Queued, ReadyToStart and InProgress.
     */
    @SuppressWarnings("unchecked")
    public static <T extends HasMetadata> T createAndAwaitFinished(KubernetesClient client, T resource) {
        client.resource(resource).create();
        Class<T> type = (Class<T>) resource.getClass();
        return await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200))
                .until(() -> client.resources(type).inNamespace(resource.getMetadata().getNamespace())
                        .withName(resource.getMetadata().getName()).get(), LifecycleFixture::isFinished);
    }

    private static boolean isFinished(HasMetadata resource) {
        OpenEnum phase = resource instanceof Backup backup && backup.getStatus() != null
                ? backup.getStatus().getPhase()
                : resource instanceof Restore restore && restore.getStatus() != null ? restore.getStatus().getPhase()
                : null;
        String name = phase == null ? "" : phase.value();
        return !Set.of("", "New", "Queued", "ReadyToStart", "InProgress").contains(name);
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
