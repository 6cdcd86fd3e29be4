package io.velerojava.cli.backup;

import io.velerojava.api.GoDuration;
import io.velerojava.api.v1.Backup;
import io.velerojava.api.v1.BackupPhase;
import io.velerojava.api.v1.BackupResourceHook;
import io.velerojava.api.v1.BackupResourceHookSpec;
import io.velerojava.api.v1.BackupSpec;
import io.velerojava.api.v1.BackupStatus;
import io.velerojava.api.v1.ExecHook;
import io.velerojava.cli.output.TabAlignedText;
import io.velerojava.engine.restore.ScopedMessages;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;

/** The text {@code velero backup describe} prints for one backup, in the layout of Velero's backup describer. */
final class BackupDescription {

    /** A file describe fetched from the backup's storage location, or why it could not. */
    record Fetched<T>(Optional<T> file, Optional<String> problem) {

        static <T> Fetched<T> of(T file) {
            return new Fetched<>(Optional.of(file), Optional.empty());
        }

        static <T> Fetched<T> failed(String problem) {
            return new Fetched<>(Optional.empty(), Optional.of(problem));
        }

        static <T> Fetched<T> notFetched() {
            return new Fetched<>(Optional.empty(), Optional.empty());
        }

        <R> Fetched<R> map(Function<T, R> convert) {
            return new Fetched<>(file.map(convert), problem);
        }
    }

    /** The bucket files describe shows: the results (warnings and errors) and, with details, the resource list. */
    record BucketFiles(Fetched<Map<String, ScopedMessages>> results,
                       Fetched<SortedMap<String, List<String>>> resourceList) {
    }

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss Z z");
    private static final String NONE = "<none>";

    private BackupDescription() {
    }

    static String render(Backup backup, BucketFiles files, boolean details, ZoneId zone) {
        TabAlignedText d = new TabAlignedText();
        BackupSpec spec = backup.getSpec() == null ? new BackupSpec() : backup.getSpec();
        BackupStatus status = backup.getStatus() == null ? new BackupStatus() : backup.getStatus();
        String name = backup.getMetadata().getName();
        d.printf("Name:\t%s\n", name);
        d.printf("Namespace:\t%s\n", backup.getMetadata().getNamespace());
        map(d, "Labels:", backup.getMetadata().getLabels());
        map(d, "Annotations:", backup.getMetadata().getAnnotations());
        d.println();
        BackupPhase phase = status.getPhase() == null ? BackupPhase.NEW : status.getPhase();
        boolean logsTellMore = BackupPhase.FAILED.equals(phase) || BackupPhase.PARTIALLY_FAILED.equals(phase);
        d.printf("Phase:\t%s%s\n", phase.value(), logsTellMore
                ? " (run `velero backup logs " + name + "` for more information)" : "");
        if (status.getFailureReason() != null && !status.getFailureReason().isBlank()) {
            d.println();
            d.printf("Failure reason:\t%s\n", status.getFailureReason());
        }
        if (status.getValidationErrors() != null && !status.getValidationErrors().isEmpty()) {
            d.println();
            d.println("Validation errors:");
            status.getValidationErrors().forEach(error -> d.printf("\t%s\n", error));
        }
        results(d, status, files.results());
        d.println();
        spec(d, spec);
        d.println();
        status(d, status, phase, zone);
        if (details) {
            resourceList(d, files.resourceList());
            d.println();
        }
        if (status.getHookStatus() != null) {
            d.printf("HooksAttempted:\t%d\n", orZero(status.getHookStatus().getHooksAttempted()));
            d.printf("HooksFailed:\t%d\n", orZero(status.getHookStatus().getHooksFailed()));
        }
        return d.render();
    }

    /** The counts, and the messages themselves when the results file could be read. */
    private static void results(TabAlignedText d, BackupStatus status, Fetched<Map<String, ScopedMessages>> results) {
        int errors = orZero(status.getErrors());
        int warnings = orZero(status.getWarnings());
        if (errors == 0 && warnings == 0) {
            return;
        }
        d.println();
        if (results.file().isEmpty()) {
            d.printf("Errors:\t%d\n", errors);
            d.printf("Warnings:\t%d\n", warnings);
            results.problem().ifPresent(problem -> d.printf("\t<error getting the results: %s>\n", problem));
            return;
        }
        messages(d, "Errors", results.file().get().getOrDefault("errors", ScopedMessages.EMPTY));
        d.println();
        messages(d, "Warnings", results.file().get().getOrDefault("warnings", ScopedMessages.EMPTY));
    }

    private static void messages(TabAlignedText d, String title, ScopedMessages messages) {
        if (messages.isEmpty()) {
            d.printf("%s:\t%s\n", title, NONE);
            return;
        }
        d.printf("%s:\n", title);
        d.printf("\tVelero:\t%s\n", messages.velero().isEmpty() ? NONE : String.join("\n\t\t", messages.velero()));
        d.printf("\tCluster:\t%s\n", messages.cluster().isEmpty() ? NONE
                : String.join("\n\t\t", messages.cluster()));
        if (messages.namespaces().isEmpty()) {
            d.printf("\tNamespaces:\t%s\n", NONE);
            return;
        }
        d.println("\tNamespaces:");
        messages.namespaces().forEach((namespace, list) ->
                d.printf("\t\t%s:\t%s\n", namespace, String.join("\n\t\t\t", list)));
    }

    private static void spec(TabAlignedText d, BackupSpec spec) {
        d.println("Namespaces:");
        d.printf("\tIncluded:\t%s\n", list(spec.getIncludedNamespaces(), "*"));
        d.printf("\tExcluded:\t%s\n", list(spec.getExcludedNamespaces(), NONE));
        d.println();
        d.println("Resources:");
        if (usesScopedFilters(spec)) {
            d.printf("\tIncluded cluster-scoped:\t%s\n", list(spec.getIncludedClusterScopedResources(), NONE));
            d.printf("\tExcluded cluster-scoped:\t%s\n", list(spec.getExcludedClusterScopedResources(), NONE));
            d.printf("\tIncluded namespace-scoped:\t%s\n", list(spec.getIncludedNamespaceScopedResources(), "*"));
            d.printf("\tExcluded namespace-scoped:\t%s\n", list(spec.getExcludedNamespaceScopedResources(), NONE));
        } else {
            d.printf("\tIncluded:\t%s\n", list(spec.getIncludedResources(), "*"));
            d.printf("\tExcluded:\t%s\n", list(spec.getExcludedResources(), NONE));
            d.printf("\tCluster-scoped:\t%s\n", optionalBool(spec.getIncludeClusterResources(), "included",
                    "excluded"));
        }
        d.println();
        d.printf("Label selector:\t%s\n", spec.getLabelSelector() == null ? NONE
                : LabelSelectorText.of(spec.getLabelSelector()));
        d.println();
        d.printf("Or label selector:\t%s\n", spec.getOrLabelSelectors() == null || spec.getOrLabelSelectors().isEmpty()
                ? NONE : String.join(" or ", spec.getOrLabelSelectors().stream().map(LabelSelectorText::of).toList()));
        d.println();
        d.printf("Storage Location:\t%s\n", spec.getStorageLocation() == null ? "" : spec.getStorageLocation());
        d.println();
        d.printf("Velero-Native Snapshot PVs:\t%s\n", optionalBool(spec.getSnapshotVolumes(), "true", "false"));
        if (spec.getDefaultVolumesToFsBackup() != null) {
            d.printf("File System Backup (Default):\t%s\n", spec.getDefaultVolumesToFsBackup());
        }
        d.printf("Snapshot Move Data:\t%s\n", optionalBool(spec.getSnapshotMoveData(), "true", "false"));
        d.printf("Data Mover:\t%s\n", spec.getDatamover() == null || spec.getDatamover().isEmpty()
                ? "velero" : spec.getDatamover());
        d.println();
        d.printf("TTL:\t%s\n", duration(spec.getTtl()));
        d.println();
        d.printf("CSISnapshotTimeout:\t%s\n", duration(spec.getCsiSnapshotTimeout()));
        d.printf("ItemOperationTimeout:\t%s\n", duration(spec.getItemOperationTimeout()));
        d.println();
        hooks(d, spec);
        if (spec.getOrderedResources() != null && !spec.getOrderedResources().isEmpty()) {
            d.println();
            d.println("OrderedResources:");
            new TreeMap<>(spec.getOrderedResources()).forEach((type, items) -> d.printf("\t%s: %s\n", type, items));
        }
    }

    private static void hooks(TabAlignedText d, BackupSpec spec) {
        List<BackupResourceHookSpec> hooks = spec.getHooks() == null || spec.getHooks().getResources() == null
                ? List.of() : spec.getHooks().getResources();
        if (hooks.isEmpty()) {
            d.printf("Hooks:\t%s\n", NONE);
            return;
        }
        d.println("Hooks:");
        d.println("\tResources:");
        for (BackupResourceHookSpec hook : hooks) {
            d.printf("\t\t%s:\n", hook.getName());
            d.println("\t\t\tNamespaces:");
            d.printf("\t\t\t\tIncluded:\t%s\n", list(hook.getIncludedNamespaces(), "*"));
            d.printf("\t\t\t\tExcluded:\t%s\n", list(hook.getExcludedNamespaces(), NONE));
            d.println();
            d.println("\t\t\tResources:");
            d.printf("\t\t\t\tIncluded:\t%s\n", list(hook.getIncludedResources(), "*"));
            d.printf("\t\t\t\tExcluded:\t%s\n", list(hook.getExcludedResources(), NONE));
            d.println();
            d.printf("\t\t\tLabel selector:\t%s\n", hook.getLabelSelector() == null ? NONE
                    : LabelSelectorText.of(hook.getLabelSelector()));
            execHooks(d, "Pre", hook.getPre());
            execHooks(d, "Post", hook.getPost());
        }
    }

    private static void execHooks(TabAlignedText d, String when, List<BackupResourceHook> hooks) {
        if (hooks == null || hooks.isEmpty()) {
            return;
        }
        d.println();
        d.printf("\t\t\t%s Exec Hook:\n", when);
        for (BackupResourceHook hook : hooks) {
            ExecHook exec = hook.getExec();
            if (exec == null) {
                continue;
            }
            d.printf("\t\t\t\tContainer:\t%s\n", exec.getContainer() == null ? "" : exec.getContainer());
            d.printf("\t\t\t\tCommand:\t%s\n", exec.getCommand() == null ? "" : String.join(" ", exec.getCommand()));
            d.printf("\t\t\t\tOn Error:\t%s\n", exec.getOnError() == null ? "" : exec.getOnError().value());
            d.printf("\t\t\t\tTimeout:\t%s\n", duration(exec.getTimeout()));
        }
    }

    private static void status(TabAlignedText d, BackupStatus status, BackupPhase phase, ZoneId zone) {
        d.printf("Backup Format Version:\t%s\n", status.getFormatVersion() == null ? "" : status.getFormatVersion());
        d.println();
        d.printf("Started:\t%s\n", time(status.getStartTimestamp(), zone));
        d.printf("Completed:\t%s\n", time(status.getCompletionTimestamp(), zone));
        d.println();
        if (status.getExpiration() != null) {
            d.printf("Expiration:\t%s\n", time(status.getExpiration(), zone));
            d.println();
        }
        if (status.getProgress() != null) {
            boolean running = BackupPhase.IN_PROGRESS.equals(phase);
            d.printf(running ? "Estimated total items to be backed up:\t%d\n" : "Total items to be backed up:\t%d\n",
                    orZero(status.getProgress().getTotalItems()));
            d.printf(running ? "Items backed up so far:\t%d\n" : "Items backed up:\t%d\n",
                    orZero(status.getProgress().getItemsBackedUp()));
            d.println();
        }
    }

    private static void resourceList(TabAlignedText d, Fetched<SortedMap<String, List<String>>> resourceList) {
        if (resourceList.file().isEmpty()) {
            d.printf("Resource List:\t<error getting backup resource list: %s>\n",
                    resourceList.problem().orElse("not available"));
            return;
        }
        d.println("Resource List:");
        resourceList.file().get().forEach((type, items) ->
                d.printf("\t%s:\n\t\t- %s\n", type, String.join("\n\t\t- ", items)));
    }

    private static void map(TabAlignedText d, String label, Map<String, String> values) {
        if (values == null || values.isEmpty()) {
            d.printf("%s\t%s\n", label, NONE);
            return;
        }
        String prefix = label;
        for (Map.Entry<String, String> entry : new TreeMap<>(values).entrySet()) {
            d.printf("%s\t%s=%s\n", prefix, entry.getKey(), entry.getValue());
            prefix = "";
        }
    }

    private static boolean usesScopedFilters(BackupSpec spec) {
        return Stream.of(spec.getIncludedClusterScopedResources(), spec.getExcludedClusterScopedResources(),
                        spec.getIncludedNamespaceScopedResources(), spec.getExcludedNamespaceScopedResources())
                .anyMatch(values -> values != null && !values.isEmpty());
    }

    private static String list(List<String> values, String whenEmpty) {
        return values == null || values.isEmpty() ? whenEmpty : String.join(", ", values);
    }

    private static String optionalBool(Boolean value, String whenTrue, String whenFalse) {
        return value == null ? "auto" : value ? whenTrue : whenFalse;
    }

    private static String duration(GoDuration duration) {
        return duration == null ? "0s" : duration.toString();
    }

    /** Go's rendering of a time, or {@code <n/a>} for a backup that never started or finished. */
    private static String time(String timestamp, ZoneId zone) {
        if (timestamp == null || timestamp.isBlank()) {
            return "<n/a>";
        }
        try {
            return TIME.format(Instant.parse(timestamp).atZone(zone));
        } catch (DateTimeParseException e) {
            return timestamp;
        }
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }
}
