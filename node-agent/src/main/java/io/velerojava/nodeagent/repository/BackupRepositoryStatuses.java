package io.velerojava.nodeagent.repository;

import io.velerojava.api.GoDuration;
import io.velerojava.api.v1.BackupRepository;
import io.velerojava.api.v1.BackupRepositoryMaintenanceResult;
import io.velerojava.api.v1.BackupRepositoryMaintenanceStatus;
import io.velerojava.api.v1.BackupRepositoryPhase;
import io.velerojava.api.v1.BackupRepositoryStatus;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Readiness and the maintenance schedule of a BackupRepository; pure, so the schedule is tested without a
 * cluster.
 */
final class BackupRepositoryStatuses {

    /** Maintenance runs kept in {@code status.recentMaintenance}, as in Velero 1.16 to 1.18. */
    static final int MAINTENANCE_HISTORY = 3;

    private BackupRepositoryStatuses() {
    }

    static BackupRepositoryStatus ready(BackupRepositoryStatus status) {
        BackupRepositoryStatus ready = status == null ? new BackupRepositoryStatus() : status;
        ready.setPhase(BackupRepositoryPhase.READY);
        ready.setMessage(null);
        return ready;
    }

    static BackupRepositoryStatus notReady(BackupRepositoryStatus status, String message) {
        BackupRepositoryStatus notReady = status == null ? new BackupRepositoryStatus() : status;
        notReady.setPhase(BackupRepositoryPhase.NOT_READY);
        notReady.setMessage(message);
        return notReady;
    }

    /** The spec's frequency, or {@code defaultFrequency} where it is unset or zero. */
    static Duration maintenanceFrequency(BackupRepository repository, Duration defaultFrequency) {
        GoDuration frequency = repository.getSpec().getMaintenanceFrequency();
        return frequency == null || !frequency.isValid() || frequency.isZero() || frequency.isNegative()
                ? defaultFrequency : frequency.toDuration();
    }

    /**
     * When maintenance is next due: one frequency after the last run, or after the repository's creation for the
     * first run (a new repository has nothing to clean).
     */
    static Instant nextMaintenance(BackupRepository repository, Duration frequency) {
        String last = repository.getStatus() == null ? null : repository.getStatus().getLastMaintenanceTime();
        String since = last != null ? last : repository.getMetadata().getCreationTimestamp();
        return Instant.parse(since).plus(frequency);
    }

    /**
     * Appends one run to the history (oldest first, at most {@link #MAINTENANCE_HISTORY}, as Velero keeps it). Only
     * a successful run moves {@code lastMaintenanceTime}, so a failed one is retried at the next resync.
     */
    static BackupRepositoryStatus maintained(BackupRepositoryStatus status, Instant start, Instant end,
            BackupRepositoryMaintenanceResult result, String message) {
        BackupRepositoryMaintenanceStatus run = new BackupRepositoryMaintenanceStatus();
        run.setResult(result);
        run.setStartTimestamp(timestamp(start));
        run.setCompleteTimestamp(timestamp(end));
        run.setMessage(message);
        List<BackupRepositoryMaintenanceStatus> history = new ArrayList<>(
                status.getRecentMaintenance() == null ? List.of() : status.getRecentMaintenance());
        history.add(run);
        status.setRecentMaintenance(List.copyOf(
                history.subList(Math.max(0, history.size() - MAINTENANCE_HISTORY), history.size())));
        if (BackupRepositoryMaintenanceResult.SUCCEEDED.equals(result)) {
            status.setLastMaintenanceTime(timestamp(end));
        }
        return status;
    }

    private static String timestamp(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
