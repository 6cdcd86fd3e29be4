package io.velerojava.cli.restore;

import io.velerojava.api.GoDuration;
import io.velerojava.api.v1.ExistingResourcePolicy;
import io.velerojava.api.v1.Restore;
import io.velerojava.cli.CliContext;
import io.velerojava.cli.LabelSelectorConverter;
import io.velerojava.cli.output.OutputFormat;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code velero restore create [NAME] --from-backup B | --from-schedule S}. */
@Command(name = "create", description = "Create a restore")
public final class CreateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "NAME",
            description = "Name of the restore (default <backup or schedule>-<timestamp>)")
    private String name;

    @Option(names = "--from-backup", paramLabel = "BACKUP", description = "Backup to restore from")
    private String fromBackup;

    @Option(names = "--from-schedule", paramLabel = "SCHEDULE",
            description = "Schedule to restore from; its newest completed backup is used")
    private String fromSchedule;

    @Option(names = "--include-namespaces", split = ",", paramLabel = "NAMESPACES",
            description = "Namespaces to include in the restore (use '*' for all namespaces) (default *)")
    private List<String> includeNamespaces = List.of("*");

    @Option(names = "--exclude-namespaces", split = ",", paramLabel = "NAMESPACES",
            description = "Namespaces to exclude from the restore")
    private List<String> excludeNamespaces = List.of();

    @Option(names = "--namespace-mappings", paramLabel = "SRC:DST,...",
            description = "Namespace mappings from name in the backup to desired restored name in the form "
                    + "src1:dst1,src2:dst2,...")
    private String namespaceMappings = "";

    @Option(names = "--include-resources", split = ",", paramLabel = "RESOURCES",
            description = "Resources to include in the restore, formatted as resource.group, such as "
                    + "storageclasses.storage.k8s.io (use '*' for all resources)")
    private List<String> includeResources = List.of();

    @Option(names = "--exclude-resources", split = ",", paramLabel = "RESOURCES",
            description = "Resources to exclude from the restore, formatted as resource.group")
    private List<String> excludeResources = List.of();

    @Option(names = "--existing-resource-policy", paramLabel = "POLICY",
            description = "Restore Policy to be used during the restore workflow, can be - none or update")
    private String existingResourcePolicy;

    @Option(names = "--status-include-resources", split = ",", paramLabel = "RESOURCES",
            description = "Resources to include in the restore status, formatted as resource.group")
    private List<String> statusIncludeResources = List.of();

    @Option(names = "--status-exclude-resources", split = ",", paramLabel = "RESOURCES",
            description = "Resources to exclude from the restore status, formatted as resource.group")
    private List<String> statusExcludeResources = List.of();

    @Option(names = {"-l", "--selector"}, paramLabel = "SELECTOR",
            description = "Only restore resources matching this label selector")
    private String selector;

    @Option(names = "--or-selector", paramLabel = "SELECTORS",
            description = "Restore resources matching at least one of the label selectors, separated by ' or '")
    private String orSelector;

    @Option(names = "--restore-volumes", arity = "0..1", fallbackValue = "true", paramLabel = "BOOL",
            description = "Whether to restore volumes from snapshots")
    private Boolean restoreVolumes;

    @Option(names = "--preserve-nodeports", arity = "0..1", fallbackValue = "true", paramLabel = "BOOL",
            description = "Whether to preserve nodeports of Services when restoring")
    private Boolean preserveNodePorts;

    @Option(names = "--include-cluster-resources", arity = "0..1", fallbackValue = "true", paramLabel = "BOOL",
            description = "Include cluster-scoped resources in the restore")
    private Boolean includeClusterResources;

    @Option(names = "--allow-partially-failed", arity = "0..1", fallbackValue = "true", paramLabel = "BOOL",
            description = "If using --from-schedule, whether to consider PartiallyFailed backups when looking for "
                    + "the most recent one")
    private Boolean allowPartiallyFailed;

    @Option(names = "--labels", split = ",", paramLabel = "KEY=VALUE", description = "Labels to apply to the restore")
    private Map<String, String> labels = Map.of();

    @Option(names = "--annotations", split = ",", paramLabel = "KEY=VALUE",
            description = "Annotations to apply to the restore")
    private Map<String, String> annotations = Map.of();

    @Option(names = "--item-operation-timeout", paramLabel = "DURATION",
            description = "How long to wait for async plugin operations before timeout (default 0s: server default)")
    private String itemOperationTimeout;

    @Option(names = "--resource-modifier-configmap", paramLabel = "NAME",
            description = "Reference to the resource modifier configmap that restore will use")
    private String resourceModifierConfigMap;

    @Option(names = "--write-sparse-files", arity = "0..1", fallbackValue = "true", paramLabel = "BOOL",
            description = "Whether to write sparse files during restoring volumes")
    private Boolean writeSparseFiles;

    @Option(names = "--parallel-files-download", paramLabel = "N",
            description = "The number of restore operations to run in parallel (default 0: number of CPUs)")
    private int parallelFilesDownload;

    @Option(names = {"-w", "--wait"}, description = "Wait for the operation to complete")
    private boolean waitForCompletion;

    @Option(names = {"-o", "--output"}, paramLabel = "FORMAT",
            description = "Print the restore as json or yaml instead of creating it")
    private OutputFormat output;

    @Override
    public Integer call() throws InterruptedException {
        try (CliContext cli = CliContext.of(spec)) {
            String schedule = fromSchedule;
            String backup = fromBackup;
            if (schedule != null && Boolean.TRUE.equals(allowPartiallyFailed)) {
                backup = new ScheduledBackups(cli.client(), cli.namespace()).newestCompletedOrPartiallyFailed(schedule);
                schedule = null;
            }
            Restore restore = request(backup, schedule).toRestore(cli.namespace(), LocalDateTime.now());
            if (output != null) {
                cli.out().println(output.serialize(List.of(restore)));
                return 0;
            }
            cli.client().resource(restore).create();
            String restoreName = restore.getMetadata().getName();
            cli.out().println("Restore request \"" + restoreName + "\" submitted successfully.");
            if (!waitForCompletion) {
                cli.out().println("Run `velero restore describe " + restoreName + "` or `velero restore logs "
                        + restoreName + "` for more details.");
                return 0;
            }
            Restore done = new RestoreWaiter(cli.client(), cli.namespace(), cli.out()).await(restoreName);
            cli.out().println("Restore completed with status: " + done.getStatus().getPhase()
                    + ". You may check for more information using the commands `velero restore describe "
                    + restoreName + "` and `velero restore logs " + restoreName + "`.");
            return 0;
        }
    }

    private RestoreRequest request(String backup, String schedule) {
        return new RestoreRequest(Optional.ofNullable(name), Optional.ofNullable(backup).filter(s -> !s.isBlank()),
                Optional.ofNullable(schedule).filter(s -> !s.isBlank()), includeNamespaces, excludeNamespaces,
                RestoreRequest.parseNamespaceMappings(namespaceMappings), includeResources, excludeResources,
                Optional.ofNullable(existingResourcePolicy).map(this::policy),
                statusIncludeResources, statusExcludeResources,
                Optional.ofNullable(selector).map(new LabelSelectorConverter()::convert),
                orSelector == null ? List.of() : LabelSelectorConverter.alternatives(orSelector),
                Optional.ofNullable(restoreVolumes), Optional.ofNullable(preserveNodePorts),
                Optional.ofNullable(includeClusterResources), labels, annotations,
                Optional.ofNullable(itemOperationTimeout).map(this::duration),
                Optional.ofNullable(resourceModifierConfigMap), Optional.ofNullable(writeSparseFiles),
                parallelFilesDownload);
    }

    private ExistingResourcePolicy policy(String value) {
        ExistingResourcePolicy policy = ExistingResourcePolicy.of(value);
        if (!policy.isKnown()) {
            throw new IllegalArgumentException("invalid --existing-resource-policy \"" + value
                    + "\"; use none or update");
        }
        return policy;
    }

    private GoDuration duration(String value) {
        GoDuration duration = GoDuration.parse(value);
        if (!duration.isValid() || duration.isNegative()) {
            throw new IllegalArgumentException("invalid --item-operation-timeout \"" + value
                    + "\"; use a Go duration such as 4h or 30m");
        }
        return duration;
    }
}
