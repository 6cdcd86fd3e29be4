package io.velerojava.server.restore;

import io.velerojava.api.v1.Restore;
import io.velerojava.api.v1.RestorePhase;
import io.velerojava.server.metrics.ServerMetrics;

/**
 * Records a restore's milestones in Velero's restore metrics, labelled with the schedule it restores from
 * ({@code spec.scheduleName}, "" for a restore of a named backup).
 */
final class RestoreMetrics {

    private final ServerMetrics metrics;

    RestoreMetrics(ServerMetrics metrics) {
        this.metrics = metrics;
    }

    /** Counted for every restore the server takes up, before validation, as for backups. */
    void attempted(Restore restore) {
        metrics.restoreAttempted(scheduleOf(restore));
    }

    void failedValidation(Restore restore) {
        metrics.restoreValidationFailed(scheduleOf(restore));
    }

    /** Counts the final phase of a restore that ran. */
    void ended(Restore restore) {
        RestorePhase phase = restore.getStatus().getPhase();
        String schedule = scheduleOf(restore);
        if (RestorePhase.COMPLETED.equals(phase)) {
            metrics.restoreSucceeded(schedule);
        } else if (RestorePhase.PARTIALLY_FAILED.equals(phase)) {
            metrics.restorePartiallyFailed(schedule);
        } else if (RestorePhase.FAILED.equals(phase)) {
            metrics.restoreFailed(schedule);
        } else {
            throw new IllegalArgumentException("restore " + restore.getMetadata().getName()
                    + " has not ended; its phase is " + (phase == null ? "unset" : phase.value()));
        }
    }

    private static String scheduleOf(Restore restore) {
        String schedule = restore.getSpec() == null ? null : restore.getSpec().getScheduleName();
        return schedule == null ? "" : schedule;
    }
}
