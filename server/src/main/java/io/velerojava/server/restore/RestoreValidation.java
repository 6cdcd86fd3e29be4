package io.velerojava.server.restore;

import io.velerojava.api.VeleroLabels;
import io.velerojava.api.v1.Backup;
import io.velerojava.api.v1.BackupPhase;
import io.velerojava.api.v1.BackupStorageLocation;
import io.velerojava.api.v1.BackupStorageLocationPhase;
import io.velerojava.api.v1.RestoreSpec;
import io.velerojava.api.validation.RestoreSpecValidator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The checks Velero's restore controller makes before running a restore, as pure functions: the spec, the
 * backup to restore (chosen from the schedule's if {@code scheduleName} is set) and its storage location.
 */
final class RestoreValidation {

    private RestoreValidation() {
    }

    /**
     * The newest Completed backup created by the schedule, by start time; Velero picks this one for
     * {@code scheduleName}.
     */
    static Optional<Backup> latestCompletedOfSchedule(String scheduleName, List<Backup> backups) {
        return backups.stream()
                .filter(backup -> backup.getMetadata().getLabels() != null
                        && scheduleName.equals(backup.getMetadata().getLabels().get(VeleroLabels.SCHEDULE_NAME)))
                .filter(backup -> backup.getStatus() != null
                        && BackupPhase.COMPLETED.equals(backup.getStatus().getPhase()))
                .max(Comparator.comparing(backup -> Objects.requireNonNullElse(
                        backup.getStatus().getStartTimestamp(), "")));
    }

    /** Problems with the spec alone; a restore with any is not run. */
    static List<String> specErrors(RestoreSpec spec) {
        return RestoreSpecValidator.validate(spec);
    }

    /** Why the schedule has no backup to restore. */
    static String noBackupOfSchedule(String scheduleName, List<Backup> backups) {
        boolean anyOfSchedule = backups.stream().anyMatch(backup -> backup.getMetadata().getLabels() != null
                && scheduleName.equals(backup.getMetadata().getLabels().get(VeleroLabels.SCHEDULE_NAME)));
        return anyOfSchedule
                ? "No completed backups found for schedule " + scheduleName
                : "No backups found for schedule " + scheduleName;
    }

    /**
     * Problems with the backup to restore and its location. The backup's own phase is not checked: like Velero,
     * PartiallyFailed and Failed backups can be restored.
     */
    static List<String> sourceErrors(String backupName, Optional<Backup> backup,
                                     Optional<BackupStorageLocation> location) {
        List<String> errors = new ArrayList<>();
        if (backup.isEmpty()) {
            errors.add("backup " + backupName + " not found; list the backups with `velero backup get`");
            return errors;
        }
        String locationName = backup.get().getSpec() == null ? null : backup.get().getSpec().getStorageLocation();
        if (location.isEmpty()) {
            errors.add("backup storage location " + locationName + " of backup " + backupName + " not found");
        } else if (location.get().getStatus() == null
                || !BackupStorageLocationPhase.AVAILABLE.equals(location.get().getStatus().getPhase())) {
            errors.add("The BSL " + locationName + " is unavailable, cannot retrieve the backup; check it with"
                    + " `velero backup-location get`");
        }
        return errors;
    }
}
