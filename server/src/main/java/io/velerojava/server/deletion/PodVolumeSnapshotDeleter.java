package io.velerojava.server.deletion;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.velerojava.api.VeleroLabels;
import io.velerojava.api.v1.Backup;
import io.velerojava.api.v1.BackupStorageLocation;
import io.velerojava.api.v1.PodVolumeBackup;
import io.velerojava.engine.podvolume.PodVolumeBackupsFile;
import io.velerojava.engine.podvolume.repository.OpenedRepository;
import io.velerojava.engine.podvolume.repository.VolumeRepositories;
import io.velerojava.storage.backup.BackupFile;
import io.velerojava.storage.backup.BackupStore;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Forgets the repository snapshots a backup's pod volume backups made, so that the repository's maintenance frees
 * data no other snapshot uses. The snapshots are those recorded in the backup's
 * {@code <backup>-podvolumebackups.json.gz} (which a backup synced from another cluster has) and those of the
 * backup's PodVolumeBackups in the cluster (Velero's source, which outlives the record when a failed deletion
 * keeps the Backup and so its PodVolumeBackups: a retried request then finds them). Must run before the backup's
 * files are deleted, since the record is one of them.
 */
final class PodVolumeSnapshotDeleter {

    private static final Logger log = LoggerFactory.getLogger(PodVolumeSnapshotDeleter.class);

    private final KubernetesClient client;
    private final VolumeRepositories repositories;

    PodVolumeSnapshotDeleter(KubernetesClient client, VolumeRepositories repositories) {
        this.client = Objects.requireNonNull(client, "client");
        this.repositories = Objects.requireNonNull(repositories, "repositories");
    }

    /**
     * Deletes the snapshots of {@code backup} from the repositories of {@code location}; returns the errors. A
     * backup with neither a record nor PodVolumeBackups (older ones, or none of its volumes was backed up by file
     * system) has nothing to delete.
     */
    List<String> delete(Backup backup, BackupStorageLocation location, BackupStore store) {
        String backupName = backup.getMetadata().getName();
        List<String> errors = new ArrayList<>();
        List<PodVolumeBackup> backups = new ArrayList<>(inCluster(backup));
        try {
            backups.addAll(recorded(backupName, store));
        } catch (IOException | RuntimeException e) {
            errors.add("error reading the pod volume backups recorded for backup " + backupName
                    + ", so only the snapshots of its PodVolumeBackups in the cluster are deleted: " + e.getMessage());
        }
        PodVolumeSnapshots.byVolumeNamespace(backups).forEach((volumeNamespace, snapshotIds) ->
                errors.addAll(deleteFromRepository(location, volumeNamespace, snapshotIds)));
        return errors;
    }

    private List<PodVolumeBackup> inCluster(Backup backup) {
        return client.resources(PodVolumeBackup.class).inNamespace(backup.getMetadata().getNamespace())
                .withLabel(VeleroLabels.BACKUP_NAME, VeleroLabels.validValue(backup.getMetadata().getName()))
                .list().getItems();
    }

    private static List<PodVolumeBackup> recorded(String backupName, BackupStore store) throws IOException {
        Optional<InputStream> file = store.findBackupFile(backupName, BackupFile.POD_VOLUME_BACKUPS);
        if (file.isEmpty()) {
            return List.of();
        }
        try (InputStream in = file.get()) {
            return PodVolumeBackupsFile.read(in);
        }
    }

    private List<String> deleteFromRepository(BackupStorageLocation location, String volumeNamespace,
            List<String> snapshotIds) {
        OpenedRepository opened;
        try {
            opened = repositories.open(location, volumeNamespace);
        } catch (IOException | RuntimeException e) {
            return List.of("error opening the repository of namespace " + volumeNamespace
                    + ", so snapshots " + snapshotIds + " are not deleted: " + e.getMessage());
        }
        List<String> errors = new ArrayList<>();
        try (opened) {
            for (String snapshotId : snapshotIds) {
                deleteSnapshot(opened, volumeNamespace, snapshotId).ifPresent(errors::add);
            }
        }
        return errors;
    }

    private static Optional<String> deleteSnapshot(OpenedRepository opened, String volumeNamespace,
            String snapshotId) {
        try {
            opened.repository().deleteSnapshot(snapshotId);
            log.info("deleted snapshot {} from the repository of namespace {}", snapshotId, volumeNamespace);
            return Optional.empty();
        } catch (IllegalArgumentException notThere) {
            // Deleted by an earlier attempt at this deletion, or never in this repository: nothing to free.
            log.info("snapshot {} is not in the repository of namespace {}: {}", snapshotId, volumeNamespace,
                    notThere.getMessage());
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.of("error deleting snapshot " + snapshotId + " from the repository of namespace "
                    + volumeNamespace + ": " + e.getMessage());
        }
    }
}
