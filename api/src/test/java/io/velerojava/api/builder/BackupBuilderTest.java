package io.velerojava.api.builder;

import static org.assertj.core.api.Assertions.assertThat;

import io.velerojava.api.GoDuration;
import io.velerojava.api.VeleroLabels;
import io.velerojava.api.v1.Backup;
import io.velerojava.api.v1.BackupPhase;
import io.velerojava.api.v1.Schedule;
import org.junit.jupiter.api.Test;

class BackupBuilderTest {

    @Test
    void buildsABackupWithMetadataSpecAndStatus() {
        Backup backup = BackupBuilder.forBackup("velero", "b1")
                .labels("team", "web")
                .includedNamespaces("app", "db")
                .includedNamespaces("cache")
                .ttl("72h")
                .storageLocation("default")
                .phase(BackupPhase.COMPLETED)
                .build();

        assertThat(backup.getApiVersion()).isEqualTo("velero.io/v1");
        assertThat(backup.getKind()).isEqualTo("Backup");
        assertThat(backup.getMetadata().getNamespace()).isEqualTo("velero");
        assertThat(backup.getMetadata().getName()).isEqualTo("b1");
        assertThat(backup.getMetadata().getLabels()).containsEntry("team", "web");
        assertThat(backup.getSpec().getIncludedNamespaces()).containsExactly("app", "db", "cache");
        assertThat(backup.getSpec().getTtl()).isEqualTo(GoDuration.parse("72h0m0s"));
        assertThat(backup.getStatus().getPhase()).isEqualTo(BackupPhase.COMPLETED);
    }

    @Test
    void aBackupFromAScheduleCarriesItsTemplateAndLabels() {
        Schedule schedule = ScheduleBuilder.forSchedule("velero", "daily")
                .labels("team", "web")
                .annotations("owner", "ops")
                .cron("@daily")
                .template(BackupBuilder.forBackup(null, null).includedNamespaces("app").ttl("168h").build().getSpec())
                .build();

        Backup backup = BackupBuilder.fromSchedule(schedule, "daily-20260520030000").build();

        assertThat(backup.getMetadata().getName()).isEqualTo("daily-20260520030000");
        assertThat(backup.getMetadata().getNamespace()).isEqualTo("velero");
        assertThat(backup.getMetadata().getLabels())
                .containsEntry("team", "web").containsEntry(VeleroLabels.SCHEDULE_NAME, "daily");
        assertThat(backup.getMetadata().getAnnotations()).containsEntry("owner", "ops");
        assertThat(backup.getSpec()).isEqualTo(schedule.getSpec().getTemplate()).isNotSameAs(schedule.getSpec().getTemplate());
    }

    @Test
    void deleteBackupRequestsAreNamedAndLabelledLikeVeleros() {
        var request = DeleteBackupRequestBuilder.forBackup("velero", "b1", "uid-1").build();

        assertThat(request.getMetadata().getGenerateName()).isEqualTo("b1-");
        assertThat(request.getMetadata().getLabels())
                .containsEntry(VeleroLabels.BACKUP_NAME, "b1").containsEntry(VeleroLabels.BACKUP_UID, "uid-1");
        assertThat(request.getSpec().getBackupName()).isEqualTo("b1");
    }

    @Test
    void longLabelValuesAreShortenedLikeVeleros() {
        String longName = "a".repeat(70);

        assertThat(VeleroLabels.validValue(longName)).hasSize(63).startsWith("a".repeat(57));
        assertThat(VeleroLabels.validValue("short")).isEqualTo("short");
    }
}
