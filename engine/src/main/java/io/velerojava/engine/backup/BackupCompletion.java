package io.velerojava.engine.backup;

import io.velerojava.api.v1.Backup;
import io.velerojava.api.v1.BackupPhase;
import io.velerojava.api.v1.BackupProgress;
import io.velerojava.api.v1.BackupStatus;

/** The status a backup ends with, from its outcome; pure, so the rules are tested without a cluster. */
public final class BackupCompletion {

    private BackupCompletion() {
    }

    /** Failed if the backup as a whole failed, PartiallyFailed with any error, Completed otherwise. */
    public static BackupPhase phaseOf(BackupOutcome outcome) {
        if (outcome.failure().isPresent()) {
            return BackupPhase.FAILED;
        }
        return outcome.errors() > 0 ? BackupPhase.PARTIALLY_FAILED : BackupPhase.COMPLETED;
    }

    /** Writes the final phase, counts, progress, failure reason and completion time into {@code backup}. */
    public static void complete(Backup backup, BackupOutcome outcome) {
        BackupStatus status = backup.getStatus() == null ? new BackupStatus() : backup.getStatus();
        status.setPhase(phaseOf(outcome));
        status.setWarnings(outcome.warnings());
        status.setErrors(outcome.errors());
        BackupProgress progress = new BackupProgress();
        progress.setTotalItems(outcome.totalItems());
        progress.setItemsBackedUp(outcome.itemsBackedUp());
        status.setProgress(progress);
        status.setFailureReason(outcome.failure().orElse(null));
        status.setCompletionTimestamp(ApiTimestamp.format(outcome.completedAt()));
        backup.setStatus(status);
    }
}
