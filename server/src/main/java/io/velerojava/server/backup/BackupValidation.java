package io.velerojava.server.backup;

import io.velerojava.api.v1.Backup;
import io.velerojava.api.v1.BackupStorageLocation;
import io.velerojava.api.v1.BackupStorageLocationAccessMode;
import io.velerojava.api.v1.BackupStorageLocationPhase;
import io.velerojava.api.v1.BackupSpec;
import io.velerojava.api.validation.BackupSpecValidator;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Velero's checks before a backup runs: the spec's own rules, and a storage location that exists, accepts writes
 * and was found available. Every problem is reported at once, as {@code status.validationErrors}.
 */
final class BackupValidation {

    private BackupValidation() {
    }

    static List<String> errors(Backup backup, String locationName, Optional<BackupStorageLocation> location) {
        List<String> errors = new ArrayList<>(BackupSpecValidator.validate(
                backup.getSpec() == null ? new BackupSpec() : backup.getSpec()));
        if (location.isEmpty()) {
            errors.add("backup storage location \"" + locationName + "\" does not exist; create it with velero "
                    + "backup-location create, or name an existing one with --storage-location");
            return errors;
        }
        BackupStorageLocation found = location.get();
        if (BackupStorageLocationAccessMode.READ_ONLY.equals(found.getSpec().getAccessMode())) {
            errors.add("backup can't be created because backup storage location " + locationName
                    + " is currently in read-only mode");
        }
        BackupStorageLocationPhase phase = found.getStatus() == null ? null : found.getStatus().getPhase();
        if (!BackupStorageLocationPhase.AVAILABLE.equals(phase)) {
            String message = found.getStatus() == null || found.getStatus().getMessage() == null
                    ? "" : ": " + found.getStatus().getMessage();
            errors.add("backup can't be created because backup storage location " + locationName + " is "
                    + (phase == null ? "not validated yet" : "in phase " + phase) + message);
        }
        return errors;
    }
}
