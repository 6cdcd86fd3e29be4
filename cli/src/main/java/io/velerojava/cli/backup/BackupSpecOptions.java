package io.velerojava.cli.backup;

import io.fabric8.kubernetes.api.model.LabelSelector;
import io.velerojava.api.GoDuration;
import io.velerojava.api.builder.BackupBuilder;
import io.velerojava.api.v1.BackupSpec;
import io.velerojava.cli.GoDurationConverter;
import io.velerojava.cli.LabelSelectorConverter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import picocli.CommandLine.Option;

/**
 * The flags describing what a backup contains and how it is taken, shared as a picocli mixin by
 * {@code velero backup create} (the Backup's spec) and {@code velero schedule create} (the Schedule's template), as
 * in Velero. Flags left unset stay unset in the spec so that the server's defaults apply.
 */
public final class BackupSpecOptions {

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

    @Option(names = "--snapshot-move-data", arity = "0..1", fallbackValue = "true", paramLabel = "BOOL",
            description = "Move the data of CSI snapshots into the backup storage location")
    Boolean snapshotMoveData;

    @Option(names = "--include-cluster-resources", arity = "0..1", fallbackValue = "true", paramLabel = "BOOL",
            description = "Include cluster-scoped resources in the backup")
    Boolean includeClusterResources;

    @Option(names = "--default-volumes-to-fs-backup", arity = "0..1", fallbackValue = "true", paramLabel = "BOOL",
            description = "Use pod volume file system backup by default for volumes")
    Boolean defaultVolumesToFsBackup;

    @Option(names = "--resource-policies-configmap", paramLabel = "NAME",
            description = "ConfigMap (in the Velero namespace) holding the resource policies of the backup")
    String resourcePoliciesConfigMap;

    @Option(names = "--data-mover", paramLabel = "NAME",
            description = "Data mover for moving snapshot data (default: velero's built-in data mover)")
    String dataMover;

    @Option(names = "--csi-snapshot-timeout", converter = GoDurationConverter.class, paramLabel = "DURATION",
            description = "How long to wait for CSI snapshot creation before timeout")
    Duration csiSnapshotTimeout;

    @Option(names = "--item-operation-timeout", converter = GoDurationConverter.class, paramLabel = "DURATION",
            description = "How long to wait for async plugin operations before timeout")
    Duration itemOperationTimeout;

    @Option(names = "--parallel-files-upload", paramLabel = "N",
            description = "Number of files uploaded simultaneously when running a file system backup")
    int parallelFilesUpload;

    /** The spec the flags describe. */
    public BackupSpec toBackupSpec() {
        BackupBuilder builder = BackupBuilder.forBackup(null, null)
                .includeClusterResources(includeClusterResources)
                .snapshotVolumes(snapshotVolumes)
                .snapshotMoveData(snapshotMoveData)
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
        if (resourcePoliciesConfigMap != null) {
            builder.resourcePolicy(resourcePoliciesConfigMap);
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
        BackupSpec spec = builder.build().getSpec();
        spec.setDatamover(dataMover);
        return spec;
    }

    private static void whenGiven(List<String> values, Consumer<String[]> setter) {
        if (!values.isEmpty()) {
            setter.accept(values.toArray(String[]::new));
        }
    }
}
