package io.velerojava.server.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.velerojava.api.VeleroLabels;
import io.velerojava.api.builder.ScheduleBuilder;
import io.velerojava.api.v1.Backup;
import io.velerojava.api.v1.BackupPhase;
import io.velerojava.api.v1.BackupSpec;
import io.velerojava.api.v1.Schedule;
import io.velerojava.api.v1.SchedulePhase;
import io.velerojava.server.ControllerHarness;
import io.velerojava.server.LifecycleFixture;
import io.velerojava.server.MergePatch;
import io.velerojava.server.MovableClock;
import io.velerojava.server.ServerOptions;
import io.velerojava.testenv.LocalClusterExtension;
import io.velerojava.testenv.TestNamespace;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The schedule controller on the real API server, driven minute by minute by a clock the test moves. */
@ExtendWith(LocalClusterExtension.class)
class ScheduleIT {

    private static final Duration RECHECK = Duration.ofMillis(200);

    private final KubernetesClient client;
    private final String namespace;
    private final MovableClock clock = new MovableClock(Instant.now());
    private ControllerHarness server;

    ScheduleIT(KubernetesClient client, TestNamespace namespace) {
        this.client = client;
        this.namespace = namespace.name();
    }

    @BeforeAll
    static void installCrds() {
        LifecycleFixture.installCrds(LocalClusterExtension.adminClient());
    }

    @BeforeEach
    void startServer() throws IOException {
        server = ControllerHarness.start(client, ServerOptions.defaults(namespace), clock,
                context -> List.of(new ScheduleReconciler(context, RECHECK)));
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void everyMinuteCreatesOneBackupAndPausingStopsThem() {
        Schedule schedule = client.resource(ScheduleBuilder.forSchedule(namespace, "minutely").cron("*/1 * * * *")
                .template(new BackupSpec()).build()).create();
        Instant firstRun = Instant.parse(schedule.getMetadata().getCreationTimestamp())
                .truncatedTo(ChronoUnit.MINUTES).plus(Duration.ofMinutes(1));

        clock.set(firstRun.plusSeconds(2));
        Backup first = awaitBackups(1).get(0);
        assertThat(first.getMetadata().getName()).isEqualTo("minutely-" + SchedulePlanner.BACKUP_NAME_TIMESTAMP
                .format(firstRun.plusSeconds(2)));
        assertThat(first.getMetadata().getLabels()).containsEntry(VeleroLabels.SCHEDULE_NAME, "minutely");
        assertThat(scheduleNow().getStatus().getPhase()).isEqualTo(SchedulePhase.ENABLED);
        complete(first);

        clock.set(firstRun.plusSeconds(30));
        sleep(RECHECK.multipliedBy(5));
        assertThat(backups()).hasSize(1);

        clock.set(firstRun.plus(Duration.ofMinutes(1)).plusSeconds(1));
        complete(awaitBackups(2).get(1));
        sleep(RECHECK.multipliedBy(5));
        assertThat(backups()).hasSize(2);

        MergePatch.apply(client, scheduleNow(), Map.of("spec", Map.of("paused", true)));
        clock.set(firstRun.plus(Duration.ofMinutes(5)));
        sleep(RECHECK.multipliedBy(5));
        assertThat(backups()).hasSize(2);
    }

    @Test
    void aBadCronFailsValidationWithAMessage() {
        client.resource(ScheduleBuilder.forSchedule(namespace, "broken").cron("every day at noon")
                .template(new BackupSpec()).build()).create();

        Schedule failed = await().atMost(Duration.ofSeconds(20)).until(this::scheduleBroken,
                found -> found.getStatus() != null && found.getStatus().getPhase() != null);

        assertThat(failed.getStatus().getPhase()).isEqualTo(SchedulePhase.FAILED_VALIDATION);
        assertThat(failed.getStatus().getValidationErrors()).singleElement().asString()
                .contains("invalid schedule \"every day at noon\"");
    }

    private Schedule scheduleNow() {
        return client.resources(Schedule.class).inNamespace(namespace).withName("minutely").get();
    }

    private Schedule scheduleBroken() {
        return client.resources(Schedule.class).inNamespace(namespace).withName("broken").get();
    }

    private List<Backup> backups() {
        return client.resources(Backup.class).inNamespace(namespace).list().getItems().stream()
                .sorted((a, b) -> a.getMetadata().getName().compareTo(b.getMetadata().getName())).toList();
    }

    private List<Backup> awaitBackups(int count) {
        return await().atMost(Duration.ofSeconds(20)).until(this::backups, found -> found.size() == count);
    }

    /** What the backup controller would do; a schedule waits for its unfinished backup. */
    private void complete(Backup backup) {
        MergePatch.applyToStatus(client, backup, Map.of("phase", BackupPhase.COMPLETED.value()));
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
