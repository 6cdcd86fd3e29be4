package io.velerojava.server.schedule;

import io.fabric8.kubernetes.client.KubernetesClientException;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.api.reconciler.ControllerConfiguration;
import io.javaoperatorsdk.operator.api.reconciler.Reconciler;
import io.javaoperatorsdk.operator.api.reconciler.UpdateControl;
import io.velerojava.api.VeleroLabels;
import io.velerojava.api.builder.BackupBuilder;
import io.velerojava.api.v1.Backup;
import io.velerojava.api.v1.Schedule;
import io.velerojava.server.ServerContext;
import io.velerojava.server.schedule.SchedulePlan.SkipImmediatelyUse;
import java.net.HttpURLConnection;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates a schedule's backups from its template when its cron expression says so, and reports the schedule's
 * phase. Runs on every change of a Schedule's spec and at least every {@code recheckInterval} (a minute, as in
 * Velero), so a run is at most that late.
 */
@ControllerConfiguration(name = "schedule")
public final class ScheduleReconciler implements Reconciler<Schedule> {

    /** Velero re-examines every schedule once a minute. */
    public static final Duration RECHECK_INTERVAL = Duration.ofMinutes(1);

    private static final Logger log = LoggerFactory.getLogger(ScheduleReconciler.class);

    private final ServerContext server;
    private final SchedulePlanner planner;
    private final Duration recheckInterval;

    public ScheduleReconciler(ServerContext server) {
        this(server, RECHECK_INTERVAL);
    }

    /** @param recheckInterval how often a schedule is re-examined when nothing changes (tests use less) */
    public ScheduleReconciler(ServerContext server, Duration recheckInterval) {
        this.server = server;
        this.planner = new SchedulePlanner(server.options().scheduleSkipImmediately());
        this.recheckInterval = Objects.requireNonNull(recheckInterval, "recheckInterval");
    }

    @Override
    public UpdateControl<Schedule> reconcile(Schedule schedule, Context<Schedule> context) {
        Instant now = server.clock().instant();
        SchedulePlan plan = planner.plan(schedule, backupsOf(schedule), now);
        ScheduleRun run = plan.run();
        if (run instanceof ScheduleRun.Inactive inactive && inactive.reason() == ScheduleRun.Inactive.Reason.PAUSED) {
            // Velero leaves paused schedules alone; unpausing changes the spec, which reconciles again.
            return UpdateControl.noUpdate();
        }
        if (run instanceof ScheduleRun.CreateBackup create) {
            createBackup(schedule, create.backupName());
        } else if (run instanceof ScheduleRun.AdoptExisting adopt) {
            log.info("schedule {}: backup {} created at {} is the due run; recording it", name(schedule),
                    adopt.backupName(), adopt.createdAt());
        } else if (run instanceof ScheduleRun.WaitForRunning wait) {
            log.info("schedule {} is due but its backup {} has not finished; waiting for it", name(schedule),
                    wait.backupName());
        }
        schedule.setStatus(plan.status());
        UpdateControl<Schedule> update;
        if (plan.skipImmediately() == SkipImmediatelyUse.CONSUMED) {
            log.info("schedule {}: skipping the run due now (skipImmediately)", name(schedule));
            schedule.getSpec().setSkipImmediately(false);
            update = UpdateControl.patchResourceAndStatus(schedule);
        } else {
            update = UpdateControl.patchStatus(schedule);
        }
        return run instanceof ScheduleRun.Inactive ? update : update.rescheduleAfter(untilNextCheck(run, now));
    }

    private List<Backup> backupsOf(Schedule schedule) {
        // Read from the API server, not a cache: a backup created a moment ago must be seen to avoid a second one.
        return server.client().resources(Backup.class).inNamespace(schedule.getMetadata().getNamespace())
                .withLabel(VeleroLabels.SCHEDULE_NAME, VeleroLabels.validValue(schedule.getMetadata().getName()))
                .list().getItems();
    }

    private void createBackup(Schedule schedule, String backupName) {
        BackupBuilder builder = BackupBuilder.fromSchedule(schedule, backupName);
        if (Boolean.TRUE.equals(schedule.getSpec().getUseOwnerReferencesInBackup())) {
            builder.controlledBy(schedule);
        }
        try {
            server.client().resource(builder.build()).create();
            log.info("schedule {} is due: created backup {}", name(schedule), backupName);
        } catch (KubernetesClientException e) {
            if (e.getCode() != HttpURLConnection.HTTP_CONFLICT) {
                throw e;
            }
            log.info("schedule {}: backup {} already exists; taking it as this run", name(schedule), backupName);
        }
    }

    private Duration untilNextCheck(ScheduleRun run, Instant now) {
        if (run instanceof ScheduleRun.NotDue notDue) {
            Duration untilRun = Duration.between(now, notDue.nextRun()).plusSeconds(1);
            return untilRun.compareTo(recheckInterval) < 0 ? untilRun : recheckInterval;
        }
        return recheckInterval;
    }

    private static String name(Schedule schedule) {
        return schedule.getMetadata().getNamespace() + "/" + schedule.getMetadata().getName();
    }
}
