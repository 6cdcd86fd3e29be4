package io.velerojava.server.restore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.velerojava.api.builder.RestoreBuilder;
import io.velerojava.api.v1.RestorePhase;
import io.velerojava.server.metrics.ServerMetrics;
import org.junit.jupiter.api.Test;

/** The restore reconciler's milestones as Velero's dashboards query them. */
class RestoreMetricsTest {

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final RestoreMetrics metrics = new RestoreMetrics(new ServerMetrics(registry));

    @Test
    void restoresAreCountedByOutcomeUnderTheScheduleTheyRestoreFrom() {
        metrics.attempted(RestoreBuilder.forRestore("velero", "r1").scheduleName("nightly").build());
        metrics.ended(RestoreBuilder.forRestore("velero", "r1").scheduleName("nightly")
                .phase(RestorePhase.COMPLETED).build());
        metrics.ended(RestoreBuilder.forRestore("velero", "r2").backupName("b")
                .phase(RestorePhase.PARTIALLY_FAILED).build());
        metrics.ended(RestoreBuilder.forRestore("velero", "r3").backupName("b").phase(RestorePhase.FAILED).build());
        metrics.failedValidation(RestoreBuilder.forRestore("velero", "r4").build());

        assertThat(registry.scrape())
                .contains("velero_restore_attempt_total{schedule=\"nightly\"} 1.0")
                .contains("velero_restore_success_total{schedule=\"nightly\"} 1.0")
                .contains("velero_restore_partial_failure_total{schedule=\"\"} 1.0")
                .contains("velero_restore_failed_total{schedule=\"\"} 1.0")
                .contains("velero_restore_validation_failed_total{schedule=\"\"} 1.0");
    }

    @Test
    void aRestoreStillRunningCannotBeCountedAsEnded() {
        assertThatThrownBy(() -> metrics.ended(RestoreBuilder.forRestore("velero", "r").phase(RestorePhase.IN_PROGRESS)
                .build())).hasMessageContaining("has not ended");
    }
}
