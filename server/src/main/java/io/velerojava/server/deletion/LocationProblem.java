package io.velerojava.server.deletion;

import io.velerojava.api.v1.BackupStorageLocation;
import io.velerojava.api.v1.BackupStorageLocationAccessMode;
import io.velerojava.api.v1.BackupStorageLocationPhase;
import java.util.Optional;

/**
 * Why a backup's files cannot be deleted from its location now. Deleting only the Backup object would leave files
 * that the sync controller brings back, and deleting part of the files would leave a broken backup, so a backup
 * with such a location is not deleted at all.
 */
enum LocationProblem {
    NOT_FOUND("BSLNotFound"),
    READ_ONLY("BSLReadOnly"),
    UNAVAILABLE("BSLUnavailable");

    private final String gcFailureLabel;

    LocationProblem(String gcFailureLabel) {
        this.gcFailureLabel = gcFailureLabel;
    }

    /** The problem with {@code location}, if any; empty when backups can be deleted from it. */
    static Optional<LocationProblem> of(Optional<BackupStorageLocation> location) {
        if (location.isEmpty()) {
            return Optional.of(NOT_FOUND);
        }
        BackupStorageLocation found = location.get();
        if (found.getSpec() != null
                && BackupStorageLocationAccessMode.READ_ONLY.equals(found.getSpec().getAccessMode())) {
            return Optional.of(READ_ONLY);
        }
        if (found.getStatus() == null || !BackupStorageLocationPhase.AVAILABLE.equals(found.getStatus().getPhase())) {
            return Optional.of(UNAVAILABLE);
        }
        return Optional.empty();
    }

    /** The value of label {@code velero.io/gc-failure} on a backup the garbage collector could not delete. */
    String gcFailureLabel() {
        return gcFailureLabel;
    }

    /** Velero's wording, for a DeleteBackupRequest's {@code status.errors}. */
    String describe(String locationName, Optional<BackupStorageLocation> location) {
        return switch (this) {
            case NOT_FOUND -> "backup storage location " + locationName + " not found";
            case READ_ONLY -> "cannot delete backup because backup storage location " + locationName
                    + " is currently in read-only mode";
            case UNAVAILABLE -> "cannot delete backup because backup storage location " + locationName
                    + " is currently unavailable, error: " + location.map(LocationProblem::message).orElse("");
        };
    }

    private static String message(BackupStorageLocation location) {
        return location.getStatus() == null || location.getStatus().getMessage() == null
                ? "it has not been validated yet" : location.getStatus().getMessage();
    }
}
