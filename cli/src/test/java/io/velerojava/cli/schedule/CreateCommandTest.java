package io.velerojava.cli.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
