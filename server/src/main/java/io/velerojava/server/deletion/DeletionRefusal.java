package io.velerojava.server.deletion;

import io.velerojava.api.v1.Backup;
import io.velerojava.api.v1.BackupPhase;
import io.velerojava.api.v1.BackupStorageLocation;
import java.util.Optional;
import java.util.Set;

/** Velero's reasons to refuse a DeleteBackupRequest, checked before anything is touched. */
final class DeletionRefusal {

    /** Phases in which the server is still writing the backup's files. */
    private static final Set<BackupPhase> RUNNING = Set.of(BackupPhase.QUEUED, BackupPhase.READY_TO_START,
            BackupPhase.IN_PROGRESS, BackupPhase.WAITING_FOR_PLUGIN_OPERATIONS,
            BackupPhase.WAITING_FOR_PLUGIN_OPERATIONS_PARTIALLY_FAILED, BackupPhase.FINALIZING,
            BackupPhase.FINALIZING_PARTIALLY_FAILED);

    private DeletionRefusal() {
    }

    /**
     * Why the backup cannot be deleted now, in Velero's words; empty if it can.
     *
     * @param backupName the request's {@code spec.backupName}
     * @param backup     the backup of that name, if it exists
     * @param location   the backup's storage location, if it exists
     */
    static Optional<String> of(String backupName, Optional<Backup> backup, Optional<BackupStorageLocation> location) {
        if (backupName == null || backupName.isBlank()) {
            return Optional.of("spec.backupName is required");
        }
        if (backup.isEmpty()) {
            return Optional.of("backup not found");
        }
        BackupPhase phase = backup.get().getStatus() == null ? null : backup.get().getStatus().getPhase();
        if (phase != null && RUNNING.contains(phase)) {
            return Optional.of("backup is still in progress");
        }
        return LocationProblem.of(location).map(problem -> problem.describe(locationName(backup.get()), location));
    }

    static String locationName(Backup backup) {
        return backup.getSpec() == null || backup.getSpec().getStorageLocation() == null
                ? "" : backup.getSpec().getStorageLocation();
    }
}
