package io.velerojava.server.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The server's metrics under Velero's names and labels, so existing dashboards and alerts keep working: counters
 * {@code velero_backup_attempt_total}, {@code velero_backup_success_total}, {@code velero_backup_partial_failure_total},
 * {@code velero_backup_failure_total}, {@code velero_backup_validation_failure_total},
 * {@code velero_backup_deletion_{attempt,success,failure}_total} and their {@code velero_restore_*} counterparts, the
 * histogram {@code velero_backup_duration_seconds} and the gauge {@code velero_backup_last_successful_timestamp}, all
 * labelled {@code schedule} (empty for backups not made by a schedule). One instance per server.
 */
public final class ServerMetrics {

    /** The label Velero puts on every backup and restore metric. */
    public static final String SCHEDULE = "schedule";

    /** Velero's buckets for backup durations, in seconds: 10s to 4h. */
    private static final Duration[] DURATION_BUCKETS = {Duration.ofSeconds(10), Duration.ofSeconds(30),
        Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(10), Duration.ofMinutes(15),
        Duration.ofMinutes(30), Duration.ofHours(1), Duration.ofHours(2), Duration.ofHours(3), Duration.ofHours(4)};

    private final MeterRegistry registry;
    private final Map<String, AtomicLong> lastSuccessfulBackup = new ConcurrentHashMap<>();

    public ServerMetrics(MeterRegistry registry) {
        this.registry = Objects.requireNonNull(registry, "registry");
    }

    public MeterRegistry registry() {
        return registry;
    }

    /** A backup started running (after validation passed or failed). */
    public void backupAttempted(String schedule) {
        count("velero.backup.attempt", schedule);
    }

    public void backupValidationFailed(String schedule) {
        count("velero.backup.validation.failure", schedule);
    }

    /** A backup ended Completed after running for {@code took}. */
    public void backupSucceeded(String schedule, Duration took, Instant completedAt) {
        count("velero.backup.success", schedule);
        recordDuration(schedule, took);
        lastSuccessfulBackup.computeIfAbsent(label(schedule), this::lastSuccessGauge)
                .set(completedAt.getEpochSecond());
    }

    public void backupPartiallyFailed(String schedule, Duration took) {
        count("velero.backup.partial.failure", schedule);
        recordDuration(schedule, took);
    }

    public void backupFailed(String schedule, Duration took) {
        count("velero.backup.failure", schedule);
        recordDuration(schedule, took);
    }

    public void backupDeletionAttempted(String schedule) {
        count("velero.backup.deletion.attempt", schedule);
    }

    public void backupDeletionSucceeded(String schedule) {
        count("velero.backup.deletion.success", schedule);
    }

    public void backupDeletionFailed(String schedule) {
        count("velero.backup.deletion.failure", schedule);
    }

    public void restoreAttempted(String schedule) {
        count("velero.restore.attempt", schedule);
    }

    public void restoreValidationFailed(String schedule) {
        count("velero.restore.validation.failed", schedule);
    }

    public void restoreSucceeded(String schedule) {
        count("velero.restore.success", schedule);
    }

    public void restorePartiallyFailed(String schedule) {
        count("velero.restore.partial.failure", schedule);
    }

    public void restoreFailed(String schedule) {
        count("velero.restore.failed", schedule);
    }

    private void count(String name, String schedule) {
        Counter.builder(name).tag(SCHEDULE, label(schedule)).register(registry).increment();
    }

    private void recordDuration(String schedule, Duration took) {
        Timer.builder("velero.backup.duration")
                .description("Time taken to complete backup, in seconds")
                .tag(SCHEDULE, label(schedule))
                .serviceLevelObjectives(DURATION_BUCKETS)
                .register(registry)
                .record(took);
    }

    private AtomicLong lastSuccessGauge(String schedule) {
        AtomicLong seconds = new AtomicLong();
        Gauge.builder("velero.backup.last.successful.timestamp", seconds, AtomicLong::get)
                .description("Last time a backup ran successfully, Unix timestamp in seconds")
                .tag(SCHEDULE, schedule)
                .register(registry);
        return seconds;
    }

    private static String label(String schedule) {
        return schedule == null ? "" : schedule;
    }
}
