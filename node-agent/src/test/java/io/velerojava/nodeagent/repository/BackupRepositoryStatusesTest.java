package io.velerojava.nodeagent.repository;

import static org.assertj.core.api.Assertions.assertThat;

import io.velerojava.api.GoDuration;
import io.velerojava.api.builder.BackupRepositoryBuilder;
import io.velerojava.api.v1.BackupRepository;
import io.velerojava.api.v1.BackupRepositoryMaintenanceResult;
import io.velerojava.api.v1.BackupRepositoryMaintenanceStatus;
import io.velerojava.api.v1.BackupRepositoryPhase;
import io.velerojava.api.v1.BackupRepositoryStatus;
import io.velerojava.api.v1.RepositoryType;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class BackupRepositoryStatusesTest {

    private static final Duration DEFAULT_FREQUENCY = Duration.ofHours(1);

    @Test
    void aZeroFrequencyMeansTheAgentsDefault() {
        BackupRepository repository = repository("0s");

        assertThat(BackupRepositoryStatuses.maintenanceFrequency(repository, DEFAULT_FREQUENCY))
                .isEqualTo(DEFAULT_FREQUENCY);
        repository.getSpec().setMaintenanceFrequency(GoDuration.parse("24h"));
        assertThat(BackupRepositoryStatuses.maintenanceFrequency(repository, DEFAULT_FREQUENCY))
                .isEqualTo(Duration.ofHours(24));
    }

    @Test
    void theFirstMaintenanceIsDueOneFrequencyAfterCreationThenAfterEachSuccessfulRun() {
        BackupRepository repository = repository("1h");
        repository.getMetadata().setCreationTimestamp("2026-05-20T03:00:00Z");

        assertThat(BackupRepositoryStatuses.nextMaintenance(repository, Duration.ofHours(1)))
                .isEqualTo(Instant.parse("2026-05-20T04:00:00Z"));

        repository.setStatus(BackupRepositoryStatuses.maintained(BackupRepositoryStatuses.ready(null),
                Instant.parse("2026-05-20T04:00:00Z"), Instant.parse("2026-05-20T04:00:07.5Z"),
                BackupRepositoryMaintenanceResult.SUCCEEDED, "done"));
        assertThat(BackupRepositoryStatuses.nextMaintenance(repository, Duration.ofHours(1)))
                .isEqualTo(Instant.parse("2026-05-20T05:00:07Z"));
    }

    @Test
    void aFailedRunIsRecordedButLeavesTheLastMaintenanceTime() {
        BackupRepositoryStatus status = BackupRepositoryStatuses.ready(null);
        status.setLastMaintenanceTime("2026-05-20T03:00:00Z");

        BackupRepositoryStatuses.maintained(status, Instant.parse("2026-05-20T04:00:00Z"),
                Instant.parse("2026-05-20T04:00:01Z"), BackupRepositoryMaintenanceResult.FAILED, "bucket gone");

        assertThat(status.getLastMaintenanceTime()).isEqualTo("2026-05-20T03:00:00Z");
        assertThat(status.getRecentMaintenance()).singleElement().satisfies(run -> {
            assertThat(run.getResult()).isEqualTo(BackupRepositoryMaintenanceResult.FAILED);
            assertThat(run.getMessage()).isEqualTo("bucket gone");
            assertThat(run.getStartTimestamp()).isEqualTo("2026-05-20T04:00:00Z");
            assertThat(run.getCompleteTimestamp()).isEqualTo("2026-05-20T04:00:01Z");
        });
    }

    @Test
    void theHistoryKeepsTheNewestThreeRunsOldestFirst() {
        BackupRepositoryStatus status = BackupRepositoryStatuses.ready(null);
        for (int hour = 1; hour <= 5; hour++) {
            Instant start = Instant.parse("2026-05-20T00:00:00Z").plus(Duration.ofHours(hour));
            BackupRepositoryStatuses.maintained(status, start, start.plusSeconds(1),
                    BackupRepositoryMaintenanceResult.SUCCEEDED, "run " + hour);
        }

        assertThat(status.getRecentMaintenance()).extracting(BackupRepositoryMaintenanceStatus::getMessage)
                .containsExactly("run 3", "run 4", "run 5");
    }

    @Test
    void readinessReplacesAnEarlierReason() {
        BackupRepositoryStatus status = BackupRepositoryStatuses.notReady(null, "bucket unreachable");
        assertThat(status.getPhase()).isEqualTo(BackupRepositoryPhase.NOT_READY);

        BackupRepositoryStatuses.ready(status);

        assertThat(status.getPhase()).isEqualTo(BackupRepositoryPhase.READY);
        assertThat(status.getMessage()).isNull();
    }

    private static BackupRepository repository(String frequency) {
        return BackupRepositoryBuilder.forRepository("velero", "app", "default", RepositoryType.KOPIA)
                .maintenanceFrequency(frequency).build();
    }
}
