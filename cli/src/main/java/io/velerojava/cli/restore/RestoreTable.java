package io.velerojava.cli.restore;

import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.LabelSelectorRequirement;
import io.velerojava.api.v1.Restore;
import io.velerojava.api.v1.RestoreSpec;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/** The table {@code velero restore get} prints, with Velero's columns. */
final class RestoreTable {

    private static final List<String> HEADER = List.of("NAME", "BACKUP", "STATUS", "STARTED", "COMPLETED", "ERRORS",
            "WARNINGS", "CREATED", "SELECTOR");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss Z z");
    private static final String NONE = "<none>";
    private static final String NIL = "<nil>";

    private RestoreTable() {
    }

    static String render(List<Restore> restores, ZoneId zone) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(HEADER);
        for (Restore restore : restores) {
            var status = restore.getStatus();
            rows.add(List.of(restore.getMetadata().getName(),
                    restore.getSpec() == null ? "" : Objects.requireNonNullElse(restore.getSpec().getBackupName(), ""),
                    Restores.phase(restore),
                    time(status == null ? null : status.getStartTimestamp(), zone),
                    time(status == null ? null : status.getCompletionTimestamp(), zone),
                    String.valueOf(status == null || status.getErrors() == null ? 0 : status.getErrors()),
                    String.valueOf(status == null || status.getWarnings() == null ? 0 : status.getWarnings()),
                    time(restore.getMetadata().getCreationTimestamp(), zone),
                    selector(restore.getSpec())));
        }
        int[] widths = new int[HEADER.size()];
        rows.forEach(row -> {
            for (int i = 0; i < row.size(); i++) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        });
        StringBuilder table = new StringBuilder();
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                boolean last = i == row.size() - 1;
                table.append(last ? row.get(i) : String.format("%-" + (widths[i] + 3) + "s", row.get(i)));
            }
            table.append('\n');
        }
        return table.toString();
    }

    /** A timestamp as Go prints {@code metav1.Time}, in the local zone; {@code <nil>} when unset. */
    static String time(String timestamp, ZoneId zone) {
        if (timestamp == null || timestamp.isBlank()) {
            return NIL;
        }
        try {
            return TIME.format(Instant.parse(timestamp).atZone(zone));
        } catch (DateTimeParseException e) {
            return timestamp;
        }
    }

    /** The label selector in kubectl's syntax, or {@code <none>}. */
    static String selector(RestoreSpec spec) {
        if (spec == null) {
            return NONE;
        }
        if (spec.getLabelSelector() != null) {
            String text = selectorText(spec.getLabelSelector());
            return text.isEmpty() ? NONE : text;
        }
        if (spec.getOrLabelSelectors() != null && !spec.getOrLabelSelectors().isEmpty()) {
            return spec.getOrLabelSelectors().stream().map(RestoreTable::selectorText)
                    .collect(Collectors.joining(" or "));
        }
        return NONE;
    }

    private static String selectorText(LabelSelector selector) {
        List<String> parts = new ArrayList<>();
        if (selector.getMatchLabels() != null) {
            selector.getMatchLabels().entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .forEach(label -> parts.add(label.getKey() + "=" + label.getValue()));
        }
        if (selector.getMatchExpressions() != null) {
            for (LabelSelectorRequirement requirement : selector.getMatchExpressions()) {
                parts.add(switch (requirement.getOperator()) {
                    case "In" -> requirement.getKey() + " in (" + String.join(",", requirement.getValues()) + ")";
                    case "NotIn" -> requirement.getKey() + " notin (" + String.join(",", requirement.getValues()) + ")";
                    case "Exists" -> requirement.getKey();
                    case "DoesNotExist" -> "!" + requirement.getKey();
                    default -> requirement.getKey() + " " + requirement.getOperator();
                });
            }
        }
        return String.join(",", parts);
    }
}
