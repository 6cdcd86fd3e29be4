package io.velerojava.engine.podvolume;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ObjectReferenceBuilder;
import io.fabric8.kubernetes.api.model.OwnerReferenceBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.velerojava.api.VeleroLabels;
import io.velerojava.api.v1.PodVolumeBackup;
import io.velerojava.api.v1.PodVolumeBackupPhase;
import io.velerojava.api.v1.PodVolumeRestore;
import io.velerojava.api.v1.PodVolumeRestorePhase;
import io.velerojava.api.v1.PodVolumeRestoreSpec;
import io.velerojava.api.v1.Restore;
import io.velerojava.api.v1.UploaderType;
import io.velerojava.archive.GroupResource;
import io.velerojava.storage.backup.BackupFile;
import io.velerojava.storage.backup.BackupStore;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/**
 * The file-system restore of pod volumes during one restore. A pod whose volumes the backup holds snapshots of
 * gets Velero's {@link RestoreWaitContainer} before it is created; once created, each such volume gets a
 * PodVolumeRestore, which the node agent of the pod's node fills the volume from. {@link #awaitCompletion} waits
 * for them; every failed or unfinished one is an error of the restore. Thread-safe.
 */
public final class PodVolumeRestoreAction {

    private static final GroupResource PODS = PodVolumeBackupAction.PODS;
    private static final Duration POLL_INTERVAL = Duration.ofSeconds(1);
    private static final String IMAGE_KEY = "image";

    private final KubernetesClient client;
    private final Restore restore;
    private final List<PodVolumeBackup> completedBackups;
    private final String image;
    private final Duration timeout;
    private final PodVolumeLog log;
    private final Clock clock;
    /** Name of each PodVolumeRestore created, to the namespace of its pod. */
    private final Map<String, String> createdByName = new ConcurrentHashMap<>();

    private PodVolumeRestoreAction(KubernetesClient client, Restore restore, List<PodVolumeBackup> backups,
            String image, Duration timeout, PodVolumeLog log, Clock clock) {
        this.client = client;
        this.restore = restore;
        this.completedBackups = backups.stream()
                .filter(backup -> backup.getStatus() != null
                        && PodVolumeBackupPhase.COMPLETED.equals(backup.getStatus().getPhase())
                        && backup.getStatus().getSnapshotID() != null
                        && !backup.getStatus().getSnapshotID().isEmpty())
                .toList();
        this.image = image;
        this.timeout = timeout;
        this.log = log;
        this.clock = clock;
    }

    /**
     * The action for {@code restore}, with the pod volume backups its backup recorded in {@code store} (none for
     * a backup without the file) and the restore-wait image from Velero's pod-volume-restore ConfigMap.
     */
    public static PodVolumeRestoreAction load(KubernetesClient client, Restore restore, BackupStore store,
            Duration timeout, PodVolumeLog log, Clock clock) throws IOException {
        List<PodVolumeBackup> backups = List.of();
        Optional<InputStream> file = store.findBackupFile(restore.getSpec().getBackupName(),
                BackupFile.POD_VOLUME_BACKUPS);
        if (file.isPresent()) {
            try (InputStream in = file.get()) {
                backups = PodVolumeBackupsFile.read(in);
            }
        }
        return new PodVolumeRestoreAction(client, restore, backups, configuredImage(client, restore), timeout, log,
                clock);
    }

    /** An action that restores no volume data, for a restore whose backup's record of them cannot be read. */
    public static PodVolumeRestoreAction none(KubernetesClient client, Restore restore, PodVolumeLog log,
            Clock clock) {
        return new PodVolumeRestoreAction(client, restore, List.of(), RestoreWaitContainer.DEFAULT_IMAGE,
                PodVolumeTimeout.DEFAULT, log, clock);
    }

    /** Before a pod is created: adds the wait container if volumes of it are restored, else removes a stale one. */
    public void beforeCreate(GroupResource type, ObjectNode item, Optional<String> sourceNamespace) {
        if (!PODS.equals(type)) {
            return;
        }
        List<PodVolumeBackup> backups = backupsOf(item, sourceNamespace);
        if (backups.isEmpty()) {
            RestoreWaitContainer.removeFrom(item);
            return;
        }
        RestoreWaitContainer.addTo(item, backups.stream().map(backup -> backup.getSpec().getVolume()).toList(),
                restore.getMetadata().getUid(), image);
    }

    /** After a pod was created: one PodVolumeRestore per volume the backup holds a snapshot of. */
    public void afterCreate(GroupResource type, ObjectNode item, Optional<String> sourceNamespace) {
        if (!PODS.equals(type)) {
            return;
        }
        List<PodVolumeBackup> backups = backupsOf(item, sourceNamespace);
        if (backups.isEmpty()) {
            return;
        }
        String namespace = item.path("metadata").path("namespace").asText();
        String name = item.path("metadata").path("name").asText();
        try {
            Pod pod = client.pods().inNamespace(namespace).withName(name).get();
            if (pod == null) {
                log.error(namespace, "cannot restore the volumes of pod " + namespace + "/" + name
                        + ": it was deleted right after it was created");
                return;
            }
            for (PodVolumeBackup backup : backups) {
                PodVolumeRestore created = client.resources(PodVolumeRestore.class)
                        .inNamespace(restore.getMetadata().getNamespace())
                        .resource(describeRestore(pod, backup)).create();
                createdByName.put(created.getMetadata().getName(), namespace);
                log.info("created PodVolumeRestore " + created.getMetadata().getName() + " of volume "
                        + backup.getSpec().getVolume() + " of pod " + namespace + "/" + name);
            }
        } catch (KubernetesClientException e) {
            log.error(namespace, "cannot create the PodVolumeRestores of pod " + namespace + "/" + name + ": "
                    + e.getMessage());
        }
    }

    /** Waits until every PodVolumeRestore created has ended or the timeout has passed; reports the others. */
    public void awaitCompletion() throws InterruptedException {
        if (createdByName.isEmpty()) {
            return;
        }
        Instant deadline = clock.instant().plus(timeout);
        Map<String, PodVolumeRestore> current = currentRestores();
        while (current.values().stream().anyMatch(volumeRestore -> !isFinished(volumeRestore))
                && clock.instant().isBefore(deadline)) {
            Thread.sleep(POLL_INTERVAL.toMillis());
            current = currentRestores();
        }
        for (Map.Entry<String, String> created : createdByName.entrySet()) {
            PodVolumeRestore volumeRestore = current.get(created.getKey());
            String described = "PodVolumeRestore " + created.getKey();
            if (volumeRestore == null) {
                log.error(created.getValue(), described + " was deleted before it ended");
            } else if (!isFinished(volumeRestore)) {
                log.error(created.getValue(), described + " did not finish within " + timeout + " (phase "
                        + phaseOf(volumeRestore) + "; is the pod scheduled and the node agent running on its node?)");
            } else if (PodVolumeRestorePhase.COMPLETED.equals(phaseOf(volumeRestore))) {
                log.info(described + " completed");
            } else {
                log.error(created.getValue(), described + " ended " + phaseOf(volumeRestore) + ": "
                        + volumeRestore.getStatus().getMessage());
            }
        }
    }

    /** The completed backups of the pod's volumes that the restored pod still has. */
    private List<PodVolumeBackup> backupsOf(ObjectNode pod, Optional<String> sourceNamespace) {
        String name = pod.path("metadata").path("name").asText();
        Set<String> podVolumes = StreamSupport.stream(pod.path("spec").path("volumes").spliterator(), false)
                .map(volume -> volume.path("name").asText()).collect(Collectors.toSet());
        return completedBackups.stream()
                .filter(backup -> name.equals(backup.getSpec().getPod().getName())
                        && sourceNamespace.equals(Optional.ofNullable(backup.getSpec().getPod().getNamespace()))
                        && podVolumes.contains(backup.getSpec().getVolume()))
                .toList();
    }

    private PodVolumeRestore describeRestore(Pod pod, PodVolumeBackup backup) {
        String restoreName = restore.getMetadata().getName();
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put(VeleroLabels.RESTORE_NAME, VeleroLabels.validValue(restoreName));
        labels.put(VeleroLabels.RESTORE_UID, restore.getMetadata().getUid());
        labels.put(VeleroLabels.POD_UID, pod.getMetadata().getUid());
        Optional.ofNullable(backup.getMetadata().getLabels()).map(backupLabels -> backupLabels.get(VeleroLabels.PVC_UID))
                .ifPresent(pvcUid -> labels.put(VeleroLabels.PVC_UID, pvcUid));

        PodVolumeRestore volumeRestore = new PodVolumeRestore();
        volumeRestore.getMetadata().setNamespace(restore.getMetadata().getNamespace());
        volumeRestore.getMetadata().setGenerateName(restoreName + "-");
        volumeRestore.getMetadata().setLabels(labels);
        volumeRestore.getMetadata().setOwnerReferences(List.of(new OwnerReferenceBuilder()
                .withApiVersion(restore.getApiVersion()).withKind(restore.getKind()).withName(restoreName)
                .withUid(restore.getMetadata().getUid()).withController(true).build()));
        PodVolumeRestoreSpec spec = new PodVolumeRestoreSpec();
        spec.setPod(new ObjectReferenceBuilder().withKind("Pod").withNamespace(pod.getMetadata().getNamespace())
                .withName(pod.getMetadata().getName()).withUid(pod.getMetadata().getUid()).build());
        spec.setVolume(backup.getSpec().getVolume());
        spec.setBackupStorageLocation(backup.getSpec().getBackupStorageLocation());
        spec.setRepoIdentifier("");
        spec.setUploaderType(backup.getSpec().getUploaderType() == null ? UploaderType.KOPIA
                : backup.getSpec().getUploaderType());
        spec.setSnapshotID(backup.getStatus().getSnapshotID());
        spec.setSourceNamespace(backup.getSpec().getPod().getNamespace());
        if (backup.getStatus().getProgress() != null) {
            spec.setSnapshotSize(backup.getStatus().getProgress().getTotalBytes());
        }
        spec.setUploaderSettings(uploaderSettings());
        volumeRestore.setSpec(spec);
        return volumeRestore;
    }

    private Map<String, String> uploaderSettings() {
        if (restore.getSpec().getUploaderConfig() == null) {
            return null;
        }
        Map<String, String> settings = new HashMap<>();
        Integer parallel = restore.getSpec().getUploaderConfig().getParallelFilesDownload();
        if (parallel != null && parallel > 0) {
            settings.put("ParallelFilesDownload", Integer.toString(parallel));
        }
        Boolean sparse = restore.getSpec().getUploaderConfig().getWriteSparseFiles();
        if (sparse != null) {
            settings.put("WriteSparseFiles", Boolean.toString(sparse));
        }
        return settings.isEmpty() ? null : settings;
    }

    private Map<String, PodVolumeRestore> currentRestores() {
        Map<String, PodVolumeRestore> current = new HashMap<>();
        for (PodVolumeRestore volumeRestore : client.resources(PodVolumeRestore.class)
                .inNamespace(restore.getMetadata().getNamespace())
                .withLabel(VeleroLabels.RESTORE_UID, restore.getMetadata().getUid()).list().getItems()) {
            if (createdByName.containsKey(volumeRestore.getMetadata().getName())) {
                current.put(volumeRestore.getMetadata().getName(), volumeRestore);
            }
        }
        return current;
    }

    private static boolean isFinished(PodVolumeRestore volumeRestore) {
        PodVolumeRestorePhase phase = phaseOf(volumeRestore);
        return PodVolumeRestorePhase.COMPLETED.equals(phase) || PodVolumeRestorePhase.FAILED.equals(phase)
                || PodVolumeRestorePhase.CANCELED.equals(phase);
    }

    private static PodVolumeRestorePhase phaseOf(PodVolumeRestore volumeRestore) {
        return volumeRestore.getStatus() == null || volumeRestore.getStatus().getPhase() == null
                ? PodVolumeRestorePhase.NEW : volumeRestore.getStatus().getPhase();
    }

    /** Velero's pod-volume-restore ConfigMap may name the wait container's image (key {@code image}). */
    private static String configuredImage(KubernetesClient client, Restore restore) {
        return client.configMaps().inNamespace(restore.getMetadata().getNamespace())
                .withLabel(VeleroLabels.PLUGIN_CONFIG)
                .withLabel(VeleroLabels.POD_VOLUME_RESTORE, "RestoreItemAction")
                .list().getItems().stream()
                .map(ConfigMap::getData)
                .filter(data -> data != null && data.get(IMAGE_KEY) != null && !data.get(IMAGE_KEY).isBlank())
                .map(data -> data.get(IMAGE_KEY).strip())
                .findFirst()
                .orElse(RestoreWaitContainer.DEFAULT_IMAGE);
    }
}
