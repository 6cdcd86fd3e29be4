package io.velerojava.cli.schedule;

import io.velerojava.api.v1.BackupSpec;
import io.velerojava.api.v1.Schedule;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** {@code velero schedule describe}'s text for one schedule, laid out like Velero's. */
final class ScheduleDescription {

    private ScheduleDescription() {
    }

    static String of(Schedule schedule) {
        StringBuilder text = new StringBuilder();
        line(text, "Name:         ", schedule.getMetadata().getName());
        line(text, "Namespace:    ", schedule.getMetadata().getNamespace());
        line(text, "Labels:       ", map(schedule.getMetadata().getLabels()));
        line(text, "Annotations:  ", map(schedule.getMetadata().getAnnotations()));
        text.append('\n');
        boolean hasStatus = schedule.getStatus() != null && schedule.getStatus().getPhase() != null;
        line(text, "Phase:  ", hasStatus ? schedule.getStatus().getPhase().value() : "New");
        List<String> errors = schedule.getStatus() == null ? null : schedule.getStatus().getValidationErrors();
        if (errors != null && !errors.isEmpty()) {
            text.append("\nValidation errors:");
            errors.forEach(error -> text.append("\n  ").append(error));
            text.append('\n');
        }
        text.append('\n');
        line(text, "Paused:  ", String.valueOf(Boolean.TRUE.equals(schedule.getSpec().getPaused())));
        text.append('\n');
        line(text, "Schedule:  ", schedule.getSpec().getSchedule());
        text.append('\n');
        text.append("Backup Template:\n");
        template(text, schedule.getSpec().getTemplate() == null ? new BackupSpec() : schedule.getSpec().getTemplate());
        text.append('\n');
        String lastBackup = schedule.getStatus() == null || schedule.getStatus().getLastBackup() == null
                ? "<never>" : ScheduleTable.created(schedule.getStatus().getLastBackup());
        line(text, "Last Backup:  ", lastBackup);
        return text.toString();
    }

    private static void template(StringBuilder text, BackupSpec spec) {
        text.append("  Namespaces:\n");
        line(text, "    Included:  ", list(spec.getIncludedNamespaces(), "*"));
        line(text, "    Excluded:  ", list(spec.getExcludedNamespaces(), "<none>"));
        text.append("\n  Resources:\n");
        line(text, "    Included:        ", list(spec.getIncludedResources(), "*"));
        line(text, "    Excluded:        ", list(spec.getExcludedResources(), "<none>"));
        line(text, "    Cluster-scoped:  ", spec.getIncludeClusterResources() == null ? "auto"
                : spec.getIncludeClusterResources() ? "included" : "excluded");
        text.append('\n');
        line(text, "  Label selector:  ", ScheduleTable.selector(spec.getLabelSelector()));
        text.append('\n');
        line(text, "  Storage Location:  ", spec.getStorageLocation() == null ? "" : spec.getStorageLocation());
        text.append('\n');
        line(text, "  Velero-Native Snapshot PVs:  ", spec.getSnapshotVolumes() == null ? "auto"
                : String.valueOf(spec.getSnapshotVolumes()));
        text.append('\n');
        line(text, "  TTL:  ", spec.getTtl() == null ? "0s" : spec.getTtl().toString());
    }

    private static String list(List<String> values, String whenEmpty) {
        return values == null || values.isEmpty() ? whenEmpty : String.join(", ", values);
    }

    private static String map(Map<String, String> values) {
        if (values == null || values.isEmpty()) {
            return "<none>";
        }
        return new TreeMap<>(values).entrySet().stream().map(entry -> entry.getKey() + "=" + entry.getValue())
                .collect(Collectors.joining("\n              "));
    }

    private static void line(StringBuilder text, String label, String value) {
        text.append(label).append(value).append('\n');
    }
}
