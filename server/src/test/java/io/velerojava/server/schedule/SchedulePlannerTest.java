package io.velerojava.server.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import io.velerojava.api.VeleroLabels;
import io.velerojava.api.builder.BackupBuilder;
import io.velerojava.api.builder.ScheduleBuilder;
import io.velerojava.api.v1.Backup;
import io.velerojava.api.v1.BackupPhase;
import io.velerojava.api.v1.BackupSpec;
import io.velerojava.api.v1.Schedule;
import io.velerojava.api.v1.SchedulePhase;
import io.velerojava.server.ScheduleSkipImmediately;
import io.velerojava.server.schedule.SchedulePlan.SkipImmediatelyUse;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchedulePlannerTest {

    private static final String CREATED = "2026-03-01T10:00:30Z";

    private final SchedulePlanner planner = new SchedulePlanner(ScheduleSkipImmediately.RUN);

    @Test
    void aNewScheduleRunsAtTheFirstCronTimeAfterItsCreation() {
        Schedule schedule = schedule("*/5 * * * *").build();

        assertThat(planner.plan(schedule, List.of(), at("2026-03-01T10:04:59Z")).run())
                .isEqualTo(new ScheduleRun.NotDue(at("2026-03-01T10:05:00Z")));
        SchedulePlan due = planner.plan(schedule, List.of(), at("2026-03-01T10:05:01Z"));

        assertThat(due.run()).isEqualTo(new ScheduleRun.CreateBackup("nightly-20260301100501"));
        assertThat(due.status().getPhase()).isEqualTo(SchedulePhase.ENABLED);
        assertThat(due.status().getLastBackup()).isEqualTo("2026-03-01T10:05:01Z");
    }

    @Test
    void theNextRunCountsFromTheLastBackup() {
        Schedule schedule = schedule("@every 6h").lastBackup("2026-03-02T00:00:00Z").build();

        assertThat(planner.plan(schedule, List.of(), at("2026-03-02T05:59:59Z")).run())
                .isEqualTo(new ScheduleRun.NotDue(at("2026-03-02T06:00:00Z")));
        assertThat(planner.plan(schedule, List.of(), at("2026-03-02T06:00:01Z")).run())
                .isInstanceOf(ScheduleRun.CreateBackup.class);
    }

    @Test
    void missedRunsAreCaughtUpWithOneBackupAndTheNextRunIsInTheFuture() {
        Schedule schedule = schedule("@hourly").lastBackup("2026-03-01T11:00:00Z").build();
        Instant afterDowntime = at("2026-03-01T17:20:00Z");

        SchedulePlan plan = planner.plan(schedule, List.of(), afterDowntime);

        assertThat(plan.run()).isEqualTo(new ScheduleRun.CreateBackup("nightly-20260301172000"));
        schedule.setStatus(plan.status());
        assertThat(planner.plan(schedule, List.of(), afterDowntime.plusSeconds(60)).run())
                .isEqualTo(new ScheduleRun.NotDue(at("2026-03-01T18:00:00Z")));
    }

    @Test
    void aBackupCreatedForTheDueRunBeforeTheStatusWasRecordedIsAdoptedNotDuplicated() {
        Schedule schedule = schedule("@hourly").lastBackup("2026-03-01T11:00:00Z").build();
        Backup createdBeforeCrash = backup("nightly-20260301120003", "2026-03-01T12:00:03Z", BackupPhase.COMPLETED);

        SchedulePlan plan = planner.plan(schedule, List.of(createdBeforeCrash), at("2026-03-01T12:00:20Z"));

        assertThat(plan.run()).isEqualTo(
                new ScheduleRun.AdoptExisting("nightly-20260301120003", at("2026-03-01T12:00:03Z")));
        assertThat(plan.status().getLastBackup()).isEqualTo("2026-03-01T12:00:03Z");
    }

    @Test
    void aDueRunWaitsWhileAnEarlierBackupOfTheScheduleIsUnfinished() {
        Schedule schedule = schedule("@hourly").lastBackup("2026-03-01T11:00:00Z").build();
        Backup running = backup("nightly-20260301110000", "2026-03-01T11:00:00Z", BackupPhase.IN_PROGRESS);

        SchedulePlan plan = planner.plan(schedule, List.of(running), at("2026-03-01T12:00:20Z"));

        assertThat(plan.run()).isEqualTo(new ScheduleRun.WaitForRunning("nightly-20260301110000"));
        assertThat(plan.status().getLastBackup()).isEqualTo("2026-03-01T11:00:00Z");
    }

    @Test
    void skipImmediatelySkipsTheRunDueNowAndIsUsedUp() {
        Schedule schedule = schedule("@hourly").lastBackup("2026-03-01T08:00:00Z").skipImmediately(true).build();

        SchedulePlan plan = planner.plan(schedule, List.of(), at("2026-03-01T12:30:00Z"));

        assertThat(plan.skipImmediately()).isEqualTo(SkipImmediatelyUse.CONSUMED);
        assertThat(plan.status().getLastSkipped()).isEqualTo("2026-03-01T12:30:00Z");
        assertThat(plan.run()).isEqualTo(new ScheduleRun.NotDue(at("2026-03-01T13:00:00Z")));
    }

    @Test
    void theServerFlagDecidesWhenTheScheduleDoesNotSay() {
        Schedule unset = schedule("@hourly").lastBackup("2026-03-01T08:00:00Z").build();
        Schedule explicitRun = schedule("@hourly").lastBackup("2026-03-01T08:00:00Z").skipImmediately(false).build();
        SchedulePlanner skipping = new SchedulePlanner(ScheduleSkipImmediately.SKIP);

        assertThat(skipping.plan(unset, List.of(), at("2026-03-01T12:30:00Z")).run())
                .isInstanceOf(ScheduleRun.NotDue.class);
        assertThat(skipping.plan(explicitRun, List.of(), at("2026-03-01T12:30:00Z")).run())
                .isInstanceOf(ScheduleRun.CreateBackup.class);
    }

    @Test
    void aPausedScheduleCreatesNothingAndKeepsItsStatus() {
        Schedule schedule = schedule("@hourly").lastBackup("2026-03-01T08:00:00Z").paused(true)
                .phase(SchedulePhase.ENABLED).build();

        SchedulePlan plan = planner.plan(schedule, List.of(), at("2026-03-01T12:30:00Z"));

        assertThat(plan.run()).isEqualTo(new ScheduleRun.Inactive(ScheduleRun.Inactive.Reason.PAUSED));
        assertThat(plan.status().getLastBackup()).isEqualTo("2026-03-01T08:00:00Z");
    }

    @Test
    void aBadCronExpressionFailsValidationWithAMessageNamingIt() {
        Schedule schedule = schedule("61 * * * *").build();

        SchedulePlan plan = planner.plan(schedule, List.of(), at("2026-03-01T12:30:00Z"));

        assertThat(plan.run()).isEqualTo(new ScheduleRun.Inactive(ScheduleRun.Inactive.Reason.FAILED_VALIDATION));
        assertThat(plan.status().getPhase()).isEqualTo(SchedulePhase.FAILED_VALIDATION);
        assertThat(plan.status().getValidationErrors()).singleElement().asString()
                .startsWith("spec.schedule: invalid schedule \"61 * * * *\"");
    }

    @Test
    void aFixedCronValidatesAgainAndClearsTheOldErrors() {
        Schedule schedule = schedule("@hourly").phase(SchedulePhase.FAILED_VALIDATION).build();
        schedule.getStatus().setValidationErrors(List.of("spec.schedule: bad"));

        SchedulePlan plan = planner.plan(schedule, List.of(), at("2026-03-01T10:10:00Z"));

        assertThat(plan.status().getPhase()).isEqualTo(SchedulePhase.ENABLED);
        assertThat(plan.status().getValidationErrors()).isNull();
    }

    @Test
    void cronTimeZonePrefixesAreHonoured() {
        Schedule schedule = schedule("CRON_TZ=Europe/Berlin 0 3 * * *").build();

        assertThat(planner.plan(schedule, List.of(), at("2026-03-01T10:10:00Z")).run())
                .isEqualTo(new ScheduleRun.NotDue(at("2026-03-02T02:00:00Z")));
    }

    private static ScheduleBuilder schedule(String cron) {
        return ScheduleBuilder.forSchedule("velero", "nightly").cron(cron).template(new BackupSpec())
                .creationTimestamp(CREATED);
    }

    private static Backup backup(String name, String created, BackupPhase phase) {
        return BackupBuilder.forBackup("velero", name).labels(VeleroLabels.SCHEDULE_NAME, "nightly")
                .creationTimestamp(created).phase(phase).build();
    }

    private static Instant at(String rfc3339) {
        return Instant.parse(rfc3339);
    }
}
