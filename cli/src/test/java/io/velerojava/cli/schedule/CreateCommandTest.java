package io.velerojava.cli.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import io.velerojava.api.v1.BackupSpec;
import io.velerojava.api.v1.Schedule;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class CreateCommandTest {

    @Test
    void flagsBecomeTheScheduleAndItsTemplate() {
        CreateCommand command = parse("nightly", "--schedule", "@every 6h", "--ttl", "72h", "--paused",
                "--skip-immediately", "--use-owner-references-in-backup", "--labels", "team=a,tier=b");

        Schedule schedule = command.toSchedule("velero");

        assertThat(schedule.getMetadata().getName()).isEqualTo("nightly");
        assertThat(schedule.getMetadata().getLabels()).containsEntry("team", "a").containsEntry("tier", "b");
        assertThat(schedule.getSpec().getSchedule()).isEqualTo("@every 6h");
        assertThat(schedule.getSpec().getTemplate().getTtl().toDuration()).isEqualTo(Duration.ofHours(72));
        assertThat(schedule.getSpec().getPaused()).isTrue();
        assertThat(schedule.getSpec().getSkipImmediately()).isTrue();
        assertThat(schedule.getSpec().getUseOwnerReferencesInBackup()).isTrue();
    }

    @Test
    void backupFlagsFillTheTemplateWhileLabelsStayOnTheSchedule() {
        Schedule schedule = parse("nightly", "--schedule", "0 3 * * *", "--include-namespaces", "a,b",
                "--exclude-resources", "secrets", "-l", "app=web", "--ttl", "72h", "--storage-location", "primary",
                "--snapshot-move-data", "--labels", "team=ops").toSchedule("velero");

        BackupSpec template = schedule.getSpec().getTemplate();
        assertThat(template.getIncludedNamespaces()).containsExactly("a", "b");
        assertThat(template.getExcludedResources()).containsExactly("secrets");
        assertThat(template.getLabelSelector().getMatchLabels()).containsOnly(entry("app", "web"));
        assertThat(template.getTtl().toString()).isEqualTo("72h0m0s");
        assertThat(template.getStorageLocation()).isEqualTo("primary");
        assertThat(template.getSnapshotMoveData()).isTrue();
        assertThat(template.getMetadata()).isNull();
        assertThat(schedule.getMetadata().getLabels()).containsOnly(entry("team", "ops"));
    }

    @Test
    void theWaitAndFromScheduleFlagsOfBackupCreateAreNotAccepted() {
        assertThatThrownBy(() -> parse("nightly", "--schedule", "0 3 * * *", "--wait"))
                .isInstanceOf(CommandLine.UnmatchedArgumentException.class);
        assertThatThrownBy(() -> parse("nightly", "--schedule", "0 3 * * *", "--from-schedule", "other"))
                .isInstanceOf(CommandLine.UnmatchedArgumentException.class);
    }

    @Test
    void skipImmediatelyIsLeftToTheServerUnlessGiven() {
        Schedule schedule = parse("nightly", "--schedule", "0 3 * * *").toSchedule("velero");

        assertThat(schedule.getSpec().getSkipImmediately()).isNull();
        assertThat(schedule.getSpec().getPaused()).isFalse();
    }

    @Test
    void aBadCronIsRejectedBeforeAnythingIsCreated() {
        CreateCommand command = parse("nightly", "--schedule", "0 25 * * *");

        assertThatThrownBy(() -> command.toSchedule("velero")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("invalid schedule \"0 25 * * *\"");
    }

    private static CreateCommand parse(String... args) {
        CreateCommand command = new CreateCommand();
        new CommandLine(command).setCaseInsensitiveEnumValuesAllowed(true).parseArgs(args);
        return command;
    }
}
