package io.velerojava.cli.restore;

import io.velerojava.api.v1.Restore;
import io.velerojava.api.v1.RestoreSpec;
import io.velerojava.api.v1.RestoreStatus;
import io.velerojava.engine.restore.RestoreResults;
import io.velerojava.engine.restore.RestoredResourceList;
import io.velerojava.engine.restore.ScopedMessages;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/** The text {@code velero restore describe} prints for one restore, in Velero's layout. */
final class RestoreDescription {

    /** What describe could read from the bucket: the files, or why they are missing. */
    record BucketFiles(Optional<RestoreResults> results, Optional<RestoredResourceList> resourceList,
                       Optional<String> problem) {

        static BucketFiles unavailable(String problem) {
            return new BucketFiles(Optional.empty(), Optional.empty(), Optional.of(problem));
        }
    }

    private static final String NONE = "<none>";

    private RestoreDescription() {
    }

    static String render(Restore restore, BucketFiles files, boolean details, ZoneId zone) {
        StringBuilder text = new StringBuilder();
        RestoreSpec spec = restore.getSpec() == null ? new RestoreSpec() : restore.getSpec();
        RestoreStatus status = restore.getStatus() == null ? new RestoreStatus() : restore.getStatus();
        line(text, "Name:", restore.getMetadata().getName(), 14);
        line(text, "Namespace:", restore.getMetadata().getNamespace(), 14);
        line(text, "Labels:", map(restore.getMetadata().getLabels()), 14);
        line(text, "Annotations:", map(restore.getMetadata().getAnnotations()), 14);
        text.append('\n');
        line(text, "Phase:", Restores.phase(restore), 29);
        if (status.getProgress() != null) {
            line(text, "Total items to be restored:", String.valueOf(status.getProgress().getTotalItems()), 29);
            line(text, "Items restored:", String.valueOf(status.getProgress().getItemsRestored()), 29);
        }
        if (status.getFailureReason() != null) {
            line(text, "Failure reason:", status.getFailureReason(), 29);
        }
        if (status.getValidationErrors() != null && !status.getValidationErrors().isEmpty()) {
            text.append("\nValidation errors:\n");
            status.getValidationErrors().forEach(error -> text.append("  ").append(error).append('\n'));
        }
        text.append('\n');
        line(text, "Started:", RestoreTable.time(status.getStartTimestamp(), zone), 12);
        line(text, "Completed:", RestoreTable.time(status.getCompletionTimestamp(), zone), 12);
        text.append('\n');
        messages(text, "Warnings", files, RestoreResults::warnings);
        messages(text, "Errors", files, RestoreResults::errors);
        line(text, "Backup:", spec.getBackupName(), 9);
        if (spec.getScheduleName() != null && !spec.getScheduleName().isBlank()) {
            line(text, "Schedule:", spec.getScheduleName(), 11);
        }
        text.append("\nNamespaces:\n");
        line(text, "  Included:", list(spec.getIncludedNamespaces(), "all namespaces found in the backup"), 12);
        line(text, "  Excluded:", list(spec.getExcludedNamespaces(), NONE), 12);
        text.append("\nResources:\n");
        line(text, "  Included:", list(spec.getIncludedResources(), "*"), 19);
        line(text, "  Excluded:", list(spec.getExcludedResources(), NONE), 19);
        line(text, "  Cluster-scoped:", optionalBool(spec.getIncludeClusterResources(), "included", "excluded"), 19);
        text.append('\n');
        line(text, "Namespace mappings:", map(spec.getNamespaceMapping()), 21);
        text.append('\n');
        line(text, "Label selector:", RestoreTable.selector(spec), 17);
        text.append('\n');
        line(text, "Restore PVs:", optionalBool(spec.getRestorePVs(), "true", "false"), 14);
        text.append('\n');
        line(text, "Existing Resource Policy:", spec.getExistingResourcePolicy() == null
                || spec.getExistingResourcePolicy().value().isEmpty() ? NONE : spec.getExistingResourcePolicy().value(),
                28);
        line(text, "ItemOperationTimeout:", spec.getItemOperationTimeout() == null
                ? NONE : spec.getItemOperationTimeout().toString(), 28);
        text.append('\n');
        line(text, "Preserve Service NodePorts:", optionalBool(spec.getPreserveNodePorts(), "true", "false"), 29);
        if (spec.getResourceModifier() != null) {
            text.append("\nResource modifier:\n");
            line(text, "  Type:", spec.getResourceModifier().getKind(), 8);
            line(text, "  Name:", spec.getResourceModifier().getName(), 8);
        }
        if (status.getHookStatus() != null) {
            text.append('\n');
            line(text, "HooksAttempted:", String.valueOf(orZero(status.getHookStatus().getHooksAttempted())), 17);
            line(text, "HooksFailed:", String.valueOf(orZero(status.getHookStatus().getHooksFailed())), 17);
        }
        if (details) {
            text.append('\n');
            resourceList(text, files);
        }
        return text.toString();
    }

    private static void messages(StringBuilder text, String title,
                                 BucketFiles files, Function<RestoreResults, ScopedMessages> pick) {
        if (files.problem().isPresent()) {
            text.append(title).append(":\t<error getting ").append(title.toLowerCase(Locale.ROOT))
                    .append(": ").append(files.problem().get()).append(">\n\n");
            return;
        }
        ScopedMessages messages = files.results().map(pick).orElse(ScopedMessages.EMPTY);
        if (messages.isEmpty()) {
            text.append(title).append(":\t<none>\n\n");
            return;
        }
        text.append(title).append(":\n");
        text.append("  Velero:     ").append(joinedOrNone(messages.velero())).append('\n');
        text.append("  Cluster:    ").append(joinedOrNone(messages.cluster())).append('\n');
        if (messages.namespaces().isEmpty()) {
            text.append("  Namespaces: <none>\n");
        } else {
            text.append("  Namespaces:\n");
            messages.namespaces().forEach((namespace, list) -> {
                text.append("    ").append(namespace).append(":  ").append(list.get(0)).append('\n');
                list.subList(1, list.size()).forEach(message -> text.append(" ".repeat(namespace.length() + 7))
                        .append(message).append('\n'));
            });
        }
        text.append('\n');
    }

    private static void resourceList(StringBuilder text, BucketFiles files) {
        if (files.resourceList().isEmpty()) {
            text.append("Resource List:  <restore resource list not found").append(files.problem()
                    .map(problem -> ": " + problem).orElse("")).append(">\n");
            return;
        }
        text.append("Resource List:\n");
        files.resourceList().get().entries().forEach((type, items) -> {
            text.append("  ").append(type).append(":\n");
            items.forEach(item -> text.append("    - ").append(item).append('\n'));
        });
    }

    private static String joinedOrNone(List<String> messages) {
        return messages.isEmpty() ? NONE : String.join("\n              ", messages);
    }

    private static void line(StringBuilder text, String label, String value, int width) {
        text.append(String.format("%-" + width + "s", label)).append(value == null || value.isEmpty() ? NONE : value)
                .append('\n');
    }

    private static String list(List<String> values, String whenEmpty) {
        return values == null || values.isEmpty() ? whenEmpty : String.join(", ", values);
    }

    private static String map(Map<String, String> values) {
        if (values == null || values.isEmpty()) {
            return NONE;
        }
        StringBuilder text = new StringBuilder();
        new TreeMap<>(values).forEach((key, value) -> text.append(text.isEmpty() ? "" : ", ")
                .append(key).append('=').append(value));
        return text.toString();
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }

    private static String optionalBool(Boolean value, String whenTrue, String whenFalse) {
        return value == null ? "auto" : value ? whenTrue : whenFalse;
    }
}
