package io.velerojava.server.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The scrape shows Velero's metric names and labels, which users' dashboards and alerts query. */
class ServerMetricsTest {

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final ServerMetrics metrics = new ServerMetrics(registry);

    @Test
    void backupOutcomesAreCountedUnderVelerosNamesPerSchedule() {
        metrics.backupAttempted("nightly");
        metrics.backupSucceeded("nightly", Duration.ofSeconds(42), Instant.ofEpochSecond(1_780_000_000));
        metrics.backupAttempted("");
        metrics.backupFailed("", Duration.ofSeconds(3));
        metrics.backupPartiallyFailed("nightly", Duration.ofSeconds(50));

        String scrape = registry.scrape();

        assertThat(scrape)
                .contains("velero_backup_attempt_total{schedule=\"nightly\"} 1.0")
                .contains("velero_backup_attempt_total{schedule=\"\"} 1.0")
                .contains("velero_backup_success_total{schedule=\"nightly\"} 1.0")
                .contains("velero_backup_failure_total{schedule=\"\"} 1.0")
                .contains("velero_backup_partial_failure_total{schedule=\"nightly\"} 1.0")
                .contains("velero_backup_duration_seconds_count{schedule=\"nightly\"} 2")
                .contains("velero_backup_duration_seconds_bucket{schedule=\"nightly\",le=\"60.0\"} 2")
                .contains("velero_backup_last_successful_timestamp{schedule=\"nightly\"} 1.78E9");
    }

    @Test
    void deletionsAndRestoresAreCountedToo() {
        metrics.backupDeletionAttempted("nightly");
        metrics.backupDeletionSucceeded("nightly");
        metrics.restoreAttempted("");
        metrics.restoreFailed("");

        assertThat(registry.scrape())
                .contains("velero_backup_deletion_attempt_total{schedule=\"nightly\"} 1.0")
                .contains("velero_backup_deletion_success_total{schedule=\"nightly\"} 1.0")
                .contains("velero_restore_attempt_total{schedule=\"\"} 1.0")
                .contains("velero_restore_failed_total{schedule=\"\"} 1.0");
    }
}
