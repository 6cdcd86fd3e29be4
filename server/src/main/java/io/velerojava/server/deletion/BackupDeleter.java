package io.velerojava.server.deletion;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.velerojava.api.v1.Backup;
import io.velerojava.api.v1.BackupPhase;
import io.velerojava.api.v1.BackupStorageLocation;
import io.velerojava.api.v1.Restore;
import io.velerojava.engine.location.BackupStoreResolver;
import io.velerojava.engine.location.LocationUnusableException;
import io.velerojava.engine.location.OpenedBackupStore;
import io.velerojava.server.MergePatch;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deletes a backup as Velero does, step by step: mark it {@code Deleting}, forget the repository snapshots of its
 * pod volumes, delete its files from the bucket, delete the restores made from it (their files too), and only when
 * all of that worked delete the Backup object, so that a failed deletion can be retried with a new request.
 */
final class BackupDeleter {

    /** How long to wait for the restores of the backup to disappear (their finalizer runs first). */
    static final Duration RESTORE_DELETION_TIMEOUT = Duration.ofMinutes(1);

    private static final Logger log = LoggerFactory.getLogger(BackupDeleter.class);
    private static final Duration RESTORE_POLL = Duration.ofMillis(500);

    private final KubernetesClient client;
    private final BackupStoreResolver locations;
    private final PodVolumeSnapshotDeleter podVolumeSnapshots;

    BackupDeleter(KubernetesClient client, BackupStoreResolver locations,
            PodVolumeSnapshotDeleter podVolumeSnapshots) {
        this.client = Objects.requireNonNull(client, "client");
        this.locations = Objects.requireNonNull(locations, "locations");
        this.podVolumeSnapshots = Objects.requireNonNull(podVolumeSnapshots, "podVolumeSnapshots");
    }

    /** Deletes the backup; returns the errors, empty when the backup is gone. */
    List<String> delete(Backup backup, BackupStorageLocation location) {
        String name = backup.getMetadata().getName();
        markDeleting(backup);
        List<Restore> restores = restoresOf(backup);
        List<String> errors = new ArrayList<>(deleteFiles(backup, location, restores));
        for (Restore restore : restores) {
            log.info("deleting restore {} of backup {}", restore.getMetadata().getName(), name);
            client.resource(restore).delete();
        }
        errors.addAll(awaitRestoresGone(restores));
        if (errors.isEmpty()) {
            client.resource(backup).delete();
            log.info("deleted backup {}", name);
        }
        return errors;
    }

    private void markDeleting(Backup backup) {
        MergePatch.applyToStatus(client, backup, Map.of("phase", BackupPhase.DELETING.value()));
    }

    private List<Restore> restoresOf(Backup backup) {
        return client.resources(Restore.class).inNamespace(backup.getMetadata().getNamespace()).list().getItems()
                .stream()
                .filter(restore -> restore.getSpec() != null
                        && backup.getMetadata().getName().equals(restore.getSpec().getBackupName()))
                .toList();
    }

    /**
     * Forgets the pod volume snapshots, then deletes {@code backups/<backup>/} (which records them) and
     * {@code restores/<restore>/} of each restore; returns the errors.
     */
    private List<String> deleteFiles(Backup backup, BackupStorageLocation location, List<Restore> restores) {
        String name = backup.getMetadata().getName();
        List<String> errors = new ArrayList<>();
        try (OpenedBackupStore store = locations.open(location)) {
            errors.addAll(podVolumeSnapshots.delete(backup, location, store.backupStore()));
            try {
                store.backupStore().deleteBackup(name);
            } catch (RuntimeException e) {
                errors.add("error deleting backup " + name + " from backup storage: " + e.getMessage());
            }
            for (Restore restore : restores) {
                String restoreName = restore.getMetadata().getName();
                try {
                    store.backupStore().deleteRestore(restoreName);
                } catch (RuntimeException e) {
                    errors.add("error deleting restore " + restoreName + " from backup storage: " + e.getMessage());
                }
            }
        } catch (LocationUnusableException e) {
            errors.add(e.getMessage());
        }
        return errors;
    }

    private List<String> awaitRestoresGone(List<Restore> restores) {
        Instant deadline = Instant.now().plus(RESTORE_DELETION_TIMEOUT);
        List<Restore> remaining = restores;
        while (!remaining.isEmpty()) {
            remaining = remaining.stream().filter(restore -> client.resource(restore).get() != null).toList();
            if (remaining.isEmpty()) {
                break;
            }
            if (Instant.now().isAfter(deadline)) {
                return remaining.stream().map(restore -> "restore " + restore.getMetadata().getName()
                        + " was not deleted within " + RESTORE_DELETION_TIMEOUT + "; is the restore controller running?")
                        .toList();
            }
            try {
                Thread.sleep(RESTORE_POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return List.of("interrupted while waiting for the restores of the backup to be deleted");
            }
        }
        return List.of();
    }
}
