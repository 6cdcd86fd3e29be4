package io.velerojava.server.backup;

import io.velerojava.api.VeleroLabels;
import io.velerojava.api.v1.Backup;
import io.velerojava.api.v1.BackupPhase;
import io.velerojava.api.v1.BackupStatus;
import io.velerojava.server.metrics.ServerMetrics;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * Records a backup's milestones in Velero's metrics, labelled with the schedule that made it (its
 * {@value VeleroLabels#SCHEDULE_NAME} label, "" for a backup made by hand), at the points Velero records them.
 */
final class BackupMetrics {

    private final ServerMetrics metrics;

    BackupMetrics(ServerMetrics metrics) {
        this.metrics = metrics;
    }

    /** Counted for every backup the server takes up, before validation, as Velero does. */
    void attempted(Backup backup) {
        metrics.backupAttempted(scheduleOf(backup));
    }

    void failedValidation(Backup backup) {
        metrics.backupValidationFailed(scheduleOf(backup));
    }

    /** Counts the final phase of a backup that ran, with its duration from start to completion timestamp. */
    void ended(Backup backup) {
        BackupStatus status = backup.getStatus();
        Instant completedAt = Instant.parse(status.getCompletionTimestamp());
        Duration took = Duration.between(Instant.parse(status.getStartTimestamp()), completedAt);
        String schedule = scheduleOf(backup);
        BackupPhase phase = status.getPhase();
        if (BackupPhase.COMPLETED.equals(phase)) {
            metrics.backupSucceeded(schedule, took, completedAt);
        } else if (BackupPhase.PARTIALLY_FAILED.equals(phase)) {
            metrics.backupPartiallyFailed(schedule, took);
        } else if (BackupPhase.FAILED.equals(phase)) {
            metrics.backupFailed(schedule, took);
        } else {
            throw new IllegalArgumentException("backup " + backup.getMetadata().getName()
                    + " has not ended; its phase is " + (phase == null ? "unset" : phase.value()));
        }
    }

    private static String scheduleOf(Backup backup) {
        Map<String, String> labels = backup.getMetadata().getLabels();
        return labels == null ? "" : labels.getOrDefault(VeleroLabels.SCHEDULE_NAME, "");
    }
}
