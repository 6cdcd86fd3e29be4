package io.velerojava.cli.backup;

import io.fabric8.kubernetes.api.model.LabelSelector;
import io.velerojava.api.GoDuration;
import io.velerojava.api.builder.BackupBuilder;
import io.velerojava.api.v1.Backup;
import io.velerojava.api.v1.Schedule;
import io.velerojava.cli.CliContext;
import io.velerojava.cli.GoDurationConverter;
import io.velerojava.cli.LabelSelectorConverter;
import io.velerojava.cli.output.OutputFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code velero backup create NAME}: submits a Backup with Velero's flags, optionally waiting for it. */
@Command(name = "create", description = "Create a backup")
public final class CreateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    private static final DateTimeFormatter SCHEDULED_NAME_TIME =
            DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ZoneOffset.UTC);

    @Parameters(index = "0", arity = "0..1", paramLabel = "NAME",
            description = "Name of the backup (optional with --from-schedule)")
    String name;

    @Option(names = "--from-schedule", paramLabel = "SCHEDULE",
            description = "Create a backup from the template of an existing schedule; other filter flags are "
                    + "ignored")
    String fromSchedule;

    @Option(names = "--ttl", converter = GoDurationConverter.class, paramLabel = "DURATION",
            description = "How long before the backup can be garbage collected (default: the server's)")
    Duration ttl;

    @Option(names = "--include-namespaces", split = ",", paramLabel = "NS",
            description = "Namespaces to include in the backup (use '*' for all namespaces) (default *)")
    List<String> includeNamespaces = new ArrayList<>();

    @Option(names = "--exclude-namespaces", split = ",", paramLabel = "NS",
            description = "Namespaces to exclude from the backup")
    List<String> excludeNamespaces = new ArrayList<>();

    @Option(names = "--include-resources", split = ",", paramLabel = "RESOURCE",
            description = "Resources to include in the backup, formatted as resource.group, such as "
                    + "storageclasses.storage.k8s.io (use '*' for all resources)")
    List<String> includeResources = new ArrayList<>();

    @Option(names = "--exclude-resources", split = ",", paramLabel = "RESOURCE",
            description = "Resources to exclude from the backup, formatted as resource.group")
    List<String> excludeResources = new ArrayList<>();

    @Option(names = "--include-cluster-scoped-resources", split = ",", paramLabel = "RESOURCE",
            description = "Cluster-scoped resources to include in the backup ('*' for all)")
    List<String> includeClusterScopedResources = new ArrayList<>();

    @Option(names = "--exclude-cluster-scoped-resources", split = ",", paramLabel = "RESOURCE",
            description = "Cluster-scoped resources to exclude from the backup ('*' for all)")
    List<String> excludeClusterScopedResources = new ArrayList<>();

    @Option(names = "--include-namespace-scoped-resources", split = ",", paramLabel = "RESOURCE",
            description = "Namespaced resources to include in the backup ('*' for all)")
    List<String> includeNamespaceScopedResources = new ArrayList<>();

    @Option(names = "--exclude-namespace-scoped-resources", split = ",", paramLabel = "RESOURCE",
            description = "Namespaced resources to exclude from the backup ('*' for all)")
    List<String> excludeNamespaceScopedResources = new ArrayList<>();

    @Option(names = "--labels", split = ",", paramLabel = "KEY=VALUE", description = "Labels to apply to the backup")
    Map<String, String> labels = new LinkedHashMap<>();

    @Option(names = "--annotations", split = ",", paramLabel = "KEY=VALUE",
            description = "Annotations to apply to the backup")
    Map<String, String> annotations = new LinkedHashMap<>();

    @Option(names = "--storage-location", paramLabel = "NAME",
            description = "Location in which to store the backup")
    String storageLocation;

    @Option(names = "--volume-snapshot-locations", split = ",", paramLabel = "NAME",
            description = "List of locations (at most one per provider) where volume snapshots should be stored")
    List<String> volumeSnapshotLocations = new ArrayList<>();

    @Option(names = {"-l", "--selector"}, converter = LabelSelectorConverter.class, paramLabel = "SELECTOR",
            description = "Only back up resources matching this label selector")
    LabelSelector selector;

    @Option(names = "--or-selector", paramLabel = "SELECTORS",
            description = "Back up resources matching at least one of the label selectors, separated by ' or '")
    String orSelector;

    @Option(names = "--ordered-resources", paramLabel = "MAP",
            description = "Mapping Kinds to an ordered list of specific resources of that Kind, e.g. "
                    + "'pods=ns1/pod1,ns1/pod2;persistentvolumeclaims=ns1/pvc4'")
    String orderedResources;

    @Option(names = "--snapshot-volumes", arity = "0..1", fallbackValue = "true", paramLabel = "BOOL",
            description = "Take snapshots of PersistentVolumes as part of the backup")
    Boolean snapshotVolumes;

    @Option(names = "--include-cluster-resources", arity = "0..1", fallbackValue = "true", paramLabel = "BOOL",
            description = "Include cluster-scoped resources in the backup")
    Boolean includeClusterResources;

    @Option(names = "--default-volumes-to-fs-backup", arity = "0..1", fallbackValue = "true", paramLabel = "BOOL",
            description = "Use pod volume file system backup by default for volumes")
    Boolean defaultVolumesToFsBackup;

    @Option(names = "--csi-snapshot-timeout", converter = GoDurationConverter.class, paramLabel = "DURATION",
            description = "How long to wait for CSI snapshot creation before timeout")
    Duration csiSnapshotTimeout;

    @Option(names = "--item-operation-timeout", converter = GoDurationConverter.class, paramLabel = "DURATION",
            description = "How long to wait for async plugin operations before timeout")
    Duration itemOperationTimeout;

    @Option(names = "--parallel-files-upload", paramLabel = "N",
            description = "Number of files uploaded simultaneously when running a file system backup")
    int parallelFilesUpload;

    @Option(names = {"-w", "--wait"}, description = "Wait for the operation to complete")
    boolean waitForCompletion;

    @Option(names = {"-o", "--output"}, paramLabel = "FORMAT",
            description = "Print the backup as json or yaml instead of creating it")
    OutputFormat output;

    @Override
    public Integer call() throws InterruptedException {
        try (CliContext cli = CliContext.of(spec)) {
            Backup backup = fromSchedule != null ? fromSchedule(cli) : toBackup(cli.namespace());
            if (output != null && output != OutputFormat.TABLE) {
                cli.out().println(output.serialize(List.of(backup)));
                return 0;
            }
            cli.client().resource(backup).create();
            cli.out().printf("Backup request \"%s\" submitted successfully.%n", name);
            if (!waitForCompletion) {
                cli.out().printf("Run `velero backup describe %s` or `velero backup logs %s` for more details.%n",
                        name, name);
                return 0;
            }
            return new BackupWaiter(cli).await(name);
        }
    }

    /** The Backup the flags describe; pure, so flag handling is tested without a cluster. */
    Backup toBackup(String namespace) {
        if (name == null) {
            throw new IllegalArgumentException("a backup name is required unless --from-schedule is given");
        }
        BackupBuilder builder = BackupBuilder.forBackup(namespace, name)
                .includeClusterResources(includeClusterResources)
                .snapshotVolumes(snapshotVolumes)
                .defaultVolumesToFsBackup(defaultVolumesToFsBackup);
        whenGiven(includeNamespaces, builder::includedNamespaces);
        whenGiven(excludeNamespaces, builder::excludedNamespaces);
        whenGiven(includeResources, builder::includedResources);
        whenGiven(excludeResources, builder::excludedResources);
        whenGiven(includeClusterScopedResources, builder::includedClusterScopedResources);
        whenGiven(excludeClusterScopedResources, builder::excludedClusterScopedResources);
        whenGiven(includeNamespaceScopedResources, builder::includedNamespaceScopedResources);
        whenGiven(excludeNamespaceScopedResources, builder::excludedNamespaceScopedResources);
        whenGiven(volumeSnapshotLocations, builder::volumeSnapshotLocations);
        if (ttl != null) {
            builder.ttl(GoDuration.of(ttl).toString());
        }
        if (storageLocation != null) {
            builder.storageLocation(storageLocation);
        }
        if (selector != null) {
            builder.labelSelector(selector);
        }
        if (orSelector != null) {
            LabelSelectorConverter converter = new LabelSelectorConverter();
            builder.orLabelSelectors(List.of(orSelector.split(" or ")).stream().map(String::strip)
                    .map(converter::convert).toArray(LabelSelector[]::new));
        }
        if (orderedResources != null) {
            for (String entry : orderedResources.split(";")) {
                String[] kindAndItems = entry.split("=", 2);
                if (kindAndItems.length != 2 || kindAndItems[0].isBlank()) {
                    throw new IllegalArgumentException("invalid --ordered-resources entry \"" + entry
                            + "\"; use kind=ns/name,ns/name;kind2=name");
                }
                builder.orderedResources(kindAndItems[0].strip(), kindAndItems[1].strip());
            }
        }
        if (csiSnapshotTimeout != null) {
            builder.csiSnapshotTimeout(GoDuration.of(csiSnapshotTimeout).toString());
        }
        if (itemOperationTimeout != null) {
            builder.itemOperationTimeout(GoDuration.of(itemOperationTimeout).toString());
        }
        if (parallelFilesUpload > 0) {
            builder.parallelFilesUpload(parallelFilesUpload);
        }
        Backup backup = builder.build();
        if (!labels.isEmpty()) {
            backup.getMetadata().setLabels(new LinkedHashMap<>(labels));
        }
        if (!annotations.isEmpty()) {
            backup.getMetadata().setAnnotations(new LinkedHashMap<>(annotations));
        }
        return backup;
    }

    /** Velero's {@code --from-schedule}: the schedule's template, named {@code <schedule>-<UTC time>}. */
    private Backup fromSchedule(CliContext cli) {
        Schedule schedule = cli.client().resources(Schedule.class).inNamespace(cli.namespace())
                .withName(fromSchedule).get();
        if (schedule == null) {
            throw new IllegalArgumentException("schedule " + cli.namespace() + "/" + fromSchedule
                    + " does not exist");
        }
        if (name == null) {
            name = fromSchedule + "-" + SCHEDULED_NAME_TIME.format(Instant.now());
        }
        return BackupBuilder.fromSchedule(schedule, name).build();
    }

    private static void whenGiven(List<String> values, Consumer<String[]> setter) {
        if (!values.isEmpty()) {
            setter.accept(values.toArray(String[]::new));
        }
    }
}
