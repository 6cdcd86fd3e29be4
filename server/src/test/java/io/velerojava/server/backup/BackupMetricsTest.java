package io.velerojava.server.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.velerojava.api.VeleroLabels;
import io.velerojava.api.builder.BackupBuilder;
import io.velerojava.api.v1.Backup;
import io.velerojava.api.v1.BackupPhase;
import io.velerojava.server.metrics.ServerMetrics;
import org.junit.jupiter.api.Test;

/** What the reconciler's milestones look like in the Prometheus scrape that Velero's dashboards query. */
class BackupMetricsTest {

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final BackupMetrics metrics = new BackupMetrics(new ServerMetrics(registry));

    @Test
    void aScheduledBackupThatCompletesIsCountedWithItsDurationAndTimeUnderItsSchedule() {
        Backup backup = BackupBuilder.forBackup("velero", "nightly-20260520030000")
                .labels(VeleroLabels.SCHEDULE_NAME, "nightly")
                .startTimestamp("2026-05-20T03:00:00Z").completionTimestamp("2026-05-20T03:02:00Z")
                .phase(BackupPhase.COMPLETED).build();

        metrics.attempted(backup);
        metrics.ended(backup);

        assertThat(registry.scrape())
                .contains("velero_backup_attempt_total{schedule=\"nightly\"} 1.0")
                .contains("velero_backup_success_total{schedule=\"nightly\"} 1.0")
                .contains("velero_backup_duration_seconds_sum{schedule=\"nightly\"} 120.0")
                .contains("velero_backup_duration_seconds_bucket{schedule=\"nightly\",le=\"60.0\"} 0")
                .contains("velero_backup_duration_seconds_bucket{schedule=\"nightly\",le=\"300.0\"} 1")
                .contains("velero_backup_last_successful_timestamp{schedule=\"nightly\"} 1.77924612E9")
                .doesNotContain("velero_backup_failure_total");
    }

    @Test
    void partialAndFullFailuresOfHandMadeBackupsAreCountedUnderAnEmptySchedule() {
        metrics.ended(BackupBuilder.forBackup("velero", "partly").startTimestamp("2026-05-20T03:00:00Z")
                .completionTimestamp("2026-05-20T03:00:05Z").phase(BackupPhase.PARTIALLY_FAILED).build());
        metrics.ended(BackupBuilder.forBackup("velero", "broken").startTimestamp("2026-05-20T03:00:00Z")
                .completionTimestamp("2026-05-20T03:00:01Z").phase(BackupPhase.FAILED).build());

        assertThat(registry.scrape())
                .contains("velero_backup_partial_failure_total{schedule=\"\"} 1.0")
                .contains("velero_backup_failure_total{schedule=\"\"} 1.0")
                .contains("velero_backup_duration_seconds_count{schedule=\"\"} 2")
                .doesNotContain("velero_backup_success_total")
                .doesNotContain("velero_backup_last_successful_timestamp");
    }

    @Test
    void aBackupFailingValidationIsAttemptedAndCountedAsValidationFailureWithoutDuration() {
        Backup backup = BackupBuilder.forBackup("velero", "bad").labels(VeleroLabels.SCHEDULE_NAME, "hourly")
                .phase(BackupPhase.FAILED_VALIDATION).build();

        metrics.attempted(backup);
        metrics.failedValidation(backup);

        assertThat(registry.scrape())
                .contains("velero_backup_attempt_total{schedule=\"hourly\"} 1.0")
                .contains("velero_backup_validation_failure_total{schedule=\"hourly\"} 1.0")
                .doesNotContain("velero_backup_duration_seconds");
    }

    @Test
    void aBackupStillRunningHasNoOutcomeToRecord() {
        Backup running = BackupBuilder.forBackup("velero", "running").startTimestamp("2026-05-20T03:00:00Z")
                .completionTimestamp("2026-05-20T03:00:01Z").phase(BackupPhase.IN_PROGRESS).build();

        assertThatThrownBy(() -> metrics.ended(running)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("InProgress");
    }
}
