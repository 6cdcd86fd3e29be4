package io.velerojava.server.restore;

import static org.assertj.core.api.Assertions.assertThat;

import io.velerojava.api.VeleroLabels;
import io.velerojava.api.builder.BackupBuilder;
import io.velerojava.api.v1.Backup;
import io.velerojava.api.v1.BackupPhase;
import io.velerojava.api.v1.BackupStatus;
import io.velerojava.api.v1.BackupStorageLocation;
import io.velerojava.api.v1.BackupStorageLocationPhase;
import io.velerojava.api.v1.BackupStorageLocationStatus;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RestoreValidationTest {

    @Test
    void scheduleRestoresItsNewestCompletedBackup() {
        List<Backup> backups = List.of(
                backup("daily-1", "daily", BackupPhase.COMPLETED, "2026-01-01T00:00:00Z"),
                backup("daily-3", "daily", BackupPhase.PARTIALLY_FAILED, "2026-01-03T00:00:00Z"),
                backup("daily-2", "daily", BackupPhase.COMPLETED, "2026-01-02T00:00:00Z"),
                backup("weekly-9", "weekly", BackupPhase.COMPLETED, "2026-01-09T00:00:00Z"));

        assertThat(RestoreValidation.latestCompletedOfSchedule("daily", backups))
                .map(b -> b.getMetadata().getName()).contains("daily-2");
        assertThat(RestoreValidation.latestCompletedOfSchedule("hourly", backups)).isEmpty();
    }

    @Test
    void explainsWhetherTheScheduleHasNoBackupsOrNoneCompleted() {
        List<Backup> backups = List.of(backup("daily-1", "daily", BackupPhase.FAILED, "2026-01-01T00:00:00Z"));

        assertThat(RestoreValidation.noBackupOfSchedule("daily", backups))
                .isEqualTo("No completed backups found for schedule daily");
        assertThat(RestoreValidation.noBackupOfSchedule("hourly", backups))
                .isEqualTo("No backups found for schedule hourly");
    }

    @Test
    void backupAndAnAvailableLocationAreRequiredButNotACompletedBackup() {
        Backup failed = backup("b", null, BackupPhase.FAILED, "2026-01-01T00:00:00Z");
        failed.getSpec().setStorageLocation("default");

        assertThat(RestoreValidation.sourceErrors("b", Optional.of(failed), Optional.of(location(
                BackupStorageLocationPhase.AVAILABLE)))).isEmpty();
        assertThat(RestoreValidation.sourceErrors("b", Optional.empty(), Optional.empty()))
                .containsExactly("backup b not found; list the backups with `velero backup get`");
        assertThat(RestoreValidation.sourceErrors("b", Optional.of(failed), Optional.empty()))
                .containsExactly("backup storage location default of backup b not found");
        assertThat(RestoreValidation.sourceErrors("b", Optional.of(failed), Optional.of(location(
                BackupStorageLocationPhase.UNAVAILABLE)))).singleElement().asString()
                .startsWith("The BSL default is unavailable, cannot retrieve the backup");
    }

    private static Backup backup(String name, String schedule, BackupPhase phase, String started) {
        Backup backup = BackupBuilder.forBackup("velero", name).build();
        if (schedule != null) {
            backup.getMetadata().setLabels(Map.of(VeleroLabels.SCHEDULE_NAME, schedule));
        }
        BackupStatus status = new BackupStatus();
        status.setPhase(phase);
        status.setStartTimestamp(started);
        backup.setStatus(status);
        return backup;
    }

    private static BackupStorageLocation location(BackupStorageLocationPhase phase) {
        BackupStorageLocation location = new BackupStorageLocation();
        location.getMetadata().setName("default");
        BackupStorageLocationStatus status = new BackupStorageLocationStatus();
        status.setPhase(phase);
        location.setStatus(status);
        return location;
    }
}
