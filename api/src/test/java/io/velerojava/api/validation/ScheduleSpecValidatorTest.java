package io.velerojava.api.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.velerojava.api.builder.BackupBuilder;
import io.velerojava.api.builder.ScheduleBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ScheduleSpecValidatorTest {

    @ParameterizedTest(name = "accepts {0}")
    @ValueSource(strings = {"0 3 * * *", "*/15 * * * *", "0 0 1,15 * MON-FRI", "@every 6h", "@daily", "@hourly",
            "CRON_TZ=Europe/Berlin 0 3 * * *", "TZ=UTC @weekly"})
    void acceptsValidSchedules(String cron) {
        assertThat(ScheduleSpecValidator.validate(ScheduleBuilder.forSchedule("velero", "s").cron(cron).build().getSpec()))
                .isEmpty();
    }

    @ParameterizedTest(name = "rejects {0}")
    @ValueSource(strings = {"0 3 * *", "0 25 * * *", "@fortnightly", "@every soon", "CRON_TZ=Mars/Olympus 0 3 * * *"})
    void rejectsBadCron(String cron) {
        assertThat(ScheduleSpecValidator.validate(ScheduleBuilder.forSchedule("velero", "s").cron(cron).build().getSpec()))
                .singleElement().asString().startsWith("spec.schedule: invalid schedule \"" + cron + "\"");
    }

    @Test
    void requiresASchedule() {
        assertThat(ScheduleSpecValidator.validate(ScheduleBuilder.forSchedule("velero", "s").build().getSpec()))
                .containsExactly("spec.schedule: required; use a cron expression such as \"0 3 * * *\" or \"@every 6h\"");
    }

    @Test
    void requiresATemplate() {
        assertThat(ScheduleSpecValidator.validate(ScheduleBuilder.forSchedule("velero", "s").cron("@daily")
                .template(null).build().getSpec()))
                .containsExactly("spec.template: required; it is the spec of the backups the schedule creates");
    }

    @Test
    void validatesTheTemplateLikeABackupUnderItsOwnPath() {
        var broken = BackupBuilder.forBackup("velero", "t").excludedResources("*").ttl("-5m").build().getSpec();
        var fixed = BackupBuilder.forBackup("velero", "t").excludedResources("secrets").ttl("5m").build().getSpec();

        assertThat(ScheduleSpecValidator.validate(ScheduleBuilder.forSchedule("velero", "s").cron("@daily")
                .template(broken).build().getSpec()))
                .anySatisfy(e -> assertThat(e).startsWith("spec.template.excludedResources: \"*\" is not allowed"))
                .anySatisfy(e -> assertThat(e).isEqualTo("spec.template.ttl: must not be negative, got -5m0s"));
        assertThat(ScheduleSpecValidator.validate(ScheduleBuilder.forSchedule("velero", "s").cron("@daily")
                .template(fixed).build().getSpec())).isEmpty();
    }
}
