package io.velerojava.server.schedule;

import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.velerojava.api.cron.CronSchedule;
import io.velerojava.api.v1.Backup;
import io.velerojava.api.v1.BackupPhase;
import io.velerojava.api.v1.Schedule;
import io.velerojava.api.v1.SchedulePhase;
import io.velerojava.api.v1.ScheduleSpec;
import io.velerojava.api.v1.ScheduleStatus;
import io.velerojava.api.validation.ScheduleSpecValidator;
import io.velerojava.server.ScheduleSkipImmediately;
import io.velerojava.server.schedule.SchedulePlan.SkipImmediatelyUse;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Velero's schedule rules as a pure function of a Schedule, the backups it created so far and the time.
 *
 * <p>The next run is the cron expression's first time after the last backup (or the schedule's creation), or after
 * the last skip if that is later. A due run creates one backup, however many runs were missed while the server was
 * down, and never while an earlier backup of the schedule is unfinished. A backup created at or after the due time
 * is taken to be that run, so a server that crashed between creating the backup and recording
 * {@code status.lastBackup} does not create a second one. Cron expressions without {@code CRON_TZ=} are read in UTC.
 */
final class SchedulePlanner {

    /** Backups are named {@code <schedule>-<UTC yyyyMMddHHmmss>} of the moment they are created, as in Velero. */
    static final DateTimeFormatter BACKUP_NAME_TIMESTAMP =
            DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ZoneOffset.UTC);

    private static final Set<BackupPhase> UNFINISHED = Set.of(BackupPhase.NEW, BackupPhase.QUEUED,
            BackupPhase.READY_TO_START, BackupPhase.IN_PROGRESS);
    private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

    private final ScheduleSkipImmediately serverDefault;

    SchedulePlanner(ScheduleSkipImmediately serverDefault) {
        this.serverDefault = Objects.requireNonNull(serverDefault, "serverDefault");
    }

    /**
     * @param backupsOfSchedule the backups labelled with this schedule's name
     */
    SchedulePlan plan(Schedule schedule, List<Backup> backupsOfSchedule, Instant now) {
        ScheduleSpec spec = schedule.getSpec();
        ScheduleStatus status = schedule.getStatus() == null
                ? new ScheduleStatus() : SERIALIZATION.clone(schedule.getStatus());
        if (Boolean.TRUE.equals(spec.getPaused())) {
            return new SchedulePlan(status, SkipImmediatelyUse.UNTOUCHED,
                    new ScheduleRun.Inactive(ScheduleRun.Inactive.Reason.PAUSED));
        }
        SkipImmediatelyUse skipImmediately = SkipImmediatelyUse.UNTOUCHED;
        boolean skip = spec.getSkipImmediately() == null ? serverDefault.skips() : spec.getSkipImmediately();
        if (skip) {
            status.setLastSkipped(timestamp(now));
            skipImmediately = SkipImmediatelyUse.CONSUMED;
        }
        List<String> errors = ScheduleSpecValidator.validate(spec);
        if (!errors.isEmpty()) {
            status.setPhase(SchedulePhase.FAILED_VALIDATION);
            status.setValidationErrors(errors);
            return new SchedulePlan(status, skipImmediately,
                    new ScheduleRun.Inactive(ScheduleRun.Inactive.Reason.FAILED_VALIDATION));
        }
        status.setPhase(SchedulePhase.ENABLED);
        status.setValidationErrors(null);
        Optional<Instant> next = nextRun(schedule, status, CronSchedule.parse(spec.getSchedule()));
        if (next.isEmpty()) {
            return new SchedulePlan(status, skipImmediately,
                    new ScheduleRun.Inactive(ScheduleRun.Inactive.Reason.NEVER_DUE));
        }
        if (!now.isAfter(next.get())) {
            return new SchedulePlan(status, skipImmediately, new ScheduleRun.NotDue(next.get()));
        }
        return new SchedulePlan(status, skipImmediately, dueRun(schedule, status, backupsOfSchedule, next.get(), now));
    }

    private static ScheduleRun dueRun(Schedule schedule, ScheduleStatus status, List<Backup> backups, Instant due,
            Instant now) {
        Optional<Backup> createdForThisRun = backups.stream()
                .filter(backup -> !createdAt(backup).isBefore(due))
                .max(Comparator.comparing(SchedulePlanner::createdAt));
        if (createdForThisRun.isPresent()) {
            Instant created = createdAt(createdForThisRun.get());
            status.setLastBackup(timestamp(created));
            return new ScheduleRun.AdoptExisting(createdForThisRun.get().getMetadata().getName(), created);
        }
        Optional<Backup> unfinished = backups.stream().filter(SchedulePlanner::isUnfinished).findFirst();
        if (unfinished.isPresent()) {
            return new ScheduleRun.WaitForRunning(unfinished.get().getMetadata().getName());
        }
        status.setLastBackup(timestamp(now));
        return new ScheduleRun.CreateBackup(schedule.getMetadata().getName() + "-" + BACKUP_NAME_TIMESTAMP.format(now));
    }

    /** The first cron time after the last backup, the creation, or the last skip, whichever is latest. */
    static Optional<Instant> nextRun(Schedule schedule, ScheduleStatus status, CronSchedule cron) {
        Instant base = parse(status.getLastBackup())
                .orElseGet(() -> Instant.parse(schedule.getMetadata().getCreationTimestamp()));
        Optional<Instant> skipped = parse(status.getLastSkipped());
        if (skipped.isPresent() && skipped.get().isAfter(base)) {
            base = skipped.get();
        }
        return cron.next(base.atZone(ZoneOffset.UTC)).map(time -> time.toInstant());
    }

    private static boolean isUnfinished(Backup backup) {
        BackupPhase phase = backup.getStatus() == null ? null : backup.getStatus().getPhase();
        return phase == null || phase.value().isEmpty() || UNFINISHED.contains(phase);
    }

    private static Instant createdAt(Backup backup) {
        return Instant.parse(backup.getMetadata().getCreationTimestamp());
    }

    private static Optional<Instant> parse(String rfc3339) {
        return Optional.ofNullable(rfc3339).filter(text -> !text.isBlank()).map(Instant::parse);
    }

    /** RFC 3339 with whole seconds, as Kubernetes writes {@code metav1.Time}. */
    static String timestamp(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
