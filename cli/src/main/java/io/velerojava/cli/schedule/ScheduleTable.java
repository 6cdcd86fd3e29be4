package io.velerojava.cli.schedule;

import io.fabric8.kubernetes.api.model.LabelSelector;
import io.velerojava.api.v1.BackupSpec;
import io.velerojava.api.v1.Schedule;
import io.velerojava.cli.output.Table;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

/** {@code velero schedule get}'s table, with Velero's columns. */
final class ScheduleTable {

    /** Go's default time format, which Velero prints: {@code 2026-03-01 10:00:00 +0000 UTC}. */
    static final DateTimeFormatter CREATED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss Z 'UTC'")
            .withZone(ZoneOffset.UTC);

    private ScheduleTable() {
    }

    static Table of(List<Schedule> schedules, Instant now) {
        Table table = new Table("NAME", "STATUS", "CREATED", "SCHEDULE", "BACKUP TTL", "LAST BACKUP", "SELECTOR",
                "PAUSED");
        for (Schedule schedule : schedules) {
            BackupSpec template = schedule.getSpec() == null ? null : schedule.getSpec().getTemplate();
            table.row(schedule.getMetadata().getName(),
                    schedule.getStatus() == null || schedule.getStatus().getPhase() == null
                            ? "New" : schedule.getStatus().getPhase().value(),
                    created(schedule.getMetadata().getCreationTimestamp()),
                    schedule.getSpec() == null ? "" : schedule.getSpec().getSchedule(),
                    template == null || template.getTtl() == null ? "0s" : template.getTtl().toString(),
                    lastBackup(schedule, now),
                    selector(template == null ? null : template.getLabelSelector()),
                    String.valueOf(schedule.getSpec() != null && Boolean.TRUE.equals(schedule.getSpec().getPaused())));
        }
        return table;
    }

    static String created(String rfc3339) {
        return rfc3339 == null ? "<unknown>" : CREATED.format(Instant.parse(rfc3339));
    }

    /** kubectl's selector text, {@code <none>} for no selector. */
    static String selector(LabelSelector selector) {
        if (selector == null || ((selector.getMatchLabels() == null || selector.getMatchLabels().isEmpty())
                && (selector.getMatchExpressions() == null || selector.getMatchExpressions().isEmpty()))) {
            return "<none>";
        }
        String labels = selector.getMatchLabels() == null ? "" : selector.getMatchLabels().entrySet().stream()
                .map(entry -> entry.getKey() + "=" + entry.getValue()).sorted().collect(Collectors.joining(","));
        String expressions = selector.getMatchExpressions() == null ? "" : selector.getMatchExpressions().stream()
                .map(expression -> expression.getKey() + " " + expression.getOperator().toLowerCase()
                        + (expression.getValues() == null || expression.getValues().isEmpty() ? ""
                                : " (" + String.join(",", expression.getValues()) + ")"))
                .collect(Collectors.joining(","));
        return labels.isEmpty() ? expressions : expressions.isEmpty() ? labels : labels + "," + expressions;
    }

    private static String lastBackup(Schedule schedule, Instant now) {
        if (schedule.getStatus() == null || schedule.getStatus().getLastBackup() == null) {
            return "n/a";
        }
        return humanDuration(Duration.between(Instant.parse(schedule.getStatus().getLastBackup()), now)) + " ago";
    }

    /** Kubernetes' {@code duration.HumanDuration}, as Velero prints ages: {@code 45s}, {@code 5m}, {@code 3h}, {@code 2d}. */
    static String humanDuration(Duration age) {
        long seconds = Math.max(0, age.getSeconds());
        if (seconds < 120) {
            return seconds + "s";
        }
        long minutes = seconds / 60;
        if (minutes < 10) {
            long rest = seconds % 60;
            return rest == 0 ? minutes + "m" : minutes + "m" + rest + "s";
        }
        if (minutes < 180) {
            return minutes + "m";
        }
        long hours = minutes / 60;
        if (hours < 8) {
            long rest = minutes % 60;
            return rest == 0 ? hours + "h" : hours + "h" + rest + "m";
        }
        if (hours < 48) {
            return hours + "h";
        }
        long days = hours / 24;
        if (days < 8) {
            long rest = hours % 24;
            return rest == 0 ? days + "d" : days + "d" + rest + "h";
        }
        return days < 365 * 2 ? days + "d" : days / 365 + "y";
    }
}
