package io.velerojava.server.deletion;

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
 * Forgets the repository snapshots a backup's pod volume backups made, as recorded in the backup's
 * {@code <backup>-podvolumebackups.json.gz}, so that the repository's maintenance frees data no other snapshot
 * uses. Must run before the backup's files are deleted, since the record is one of them.
 */
final class PodVolumeSnapshotDeleter {

    private static final Logger log = LoggerFactory.getLogger(PodVolumeSnapshotDeleter.class);

    private final VolumeRepositories repositories;

    PodVolumeSnapshotDeleter(VolumeRepositories repositories) {
        this.repositories = Objects.requireNonNull(repositories, "repositories");
    }

    /**
     * Deletes the snapshots of backup {@code backupName} from the repositories of {@code location}; returns the
     * errors. A backup without the record (older ones, or none of its volumes were backed up by file system) has
     * nothing to delete.
     */
    List<String> delete(String backupName, BackupStorageLocation location, BackupStore store) {
        List<PodVolumeBackup> recorded;
        try {
            recorded = recorded(backupName, store);
        } catch (IOException | RuntimeException e) {
            return List.of("error reading the pod volume backups of backup " + backupName
                    + ", so their snapshots are not deleted: " + e.getMessage());
        }
        List<String> errors = new ArrayList<>();
        PodVolumeSnapshots.byVolumeNamespace(recorded).forEach((volumeNamespace, snapshotIds) ->
                errors.addAll(deleteFromRepository(location, volumeNamespace, snapshotIds)));
        return errors;
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
