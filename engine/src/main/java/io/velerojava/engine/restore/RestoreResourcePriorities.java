package io.velerojava.engine.restore;

import io.velerojava.archive.GroupResource;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The order resource types are restored in, Velero's {@code --restore-resource-priorities} (facts §4.1): CRDs
 * first, then the high priorities in order, then every other type alphabetically, then the low priorities.
 */
public record RestoreResourcePriorities(List<GroupResource> high, List<GroupResource> low) {

    public static final GroupResource CUSTOM_RESOURCE_DEFINITIONS =
            GroupResource.parse("customresourcedefinitions.apiextensions.k8s.io");

    private static final String SEPARATOR = "-";
    private static final List<String> DEFAULT_HIGH = List.of("customresourcedefinitions", "namespaces",
            "storageclasses", "volumesnapshotclass.snapshot.storage.k8s.io",
            "volumesnapshotcontents.snapshot.storage.k8s.io", "volumesnapshots.snapshot.storage.k8s.io",
            "datauploads.velero.io", "persistentvolumes", "persistentvolumeclaims", "clusterroles", "roles",
            "serviceaccounts", "clusterrolebindings", "rolebindings", "secrets", "configmaps", "limitranges",
            "priorityclasses", "pods", "replicasets.apps", "clusterclasses.cluster.x-k8s.io", "endpoints",
            "services");
    private static final List<String> DEFAULT_LOW = List.of("clusterbootstraps.run.tanzu.vmware.com",
            "clusters.cluster.x-k8s.io", "clusterresourcesets.addons.cluster.x-k8s.io", "apps.kappctrl.k14s.io",
            "packageinstalls.packaging.carvel.dev");

    public RestoreResourcePriorities {
        high = List.copyOf(high);
        low = List.copyOf(low);
    }

    public static RestoreResourcePriorities defaults() {
        return new RestoreResourcePriorities(types(DEFAULT_HIGH), types(DEFAULT_LOW));
    }

    /**
     * Parses the flag: a comma list where a lone {@code -} separates high from low priorities; a list without
     * {@code -} replaces only the high priorities.
     */
    public static RestoreResourcePriorities parse(String flag) {
        List<String> entries = Arrays.stream(flag.split(",")).map(String::trim).filter(e -> !e.isEmpty()).toList();
        int separator = entries.indexOf(SEPARATOR);
        if (separator < 0) {
            return new RestoreResourcePriorities(types(entries), types(DEFAULT_LOW));
        }
        if (entries.lastIndexOf(SEPARATOR) != separator) {
            throw new IllegalArgumentException("--restore-resource-priorities \"" + flag + "\" has more than one \"-\"; "
                    + "use one to separate high from low priorities");
        }
        return new RestoreResourcePriorities(types(entries.subList(0, separator)),
                types(entries.subList(separator + 1, entries.size())));
    }

    /**
     * Orders the types found in a backup: CRDs, high priorities (in their order), the rest alphabetically, low
     * priorities. Names in the lists that abbreviate a group (plain {@code customresourcedefinitions}) match by
     * plural when the core group has no such resource.
     */
    public List<GroupResource> order(Set<GroupResource> typesInBackup) {
        Set<GroupResource> ordered = new LinkedHashSet<>();
        if (typesInBackup.contains(CUSTOM_RESOURCE_DEFINITIONS)) {
            ordered.add(CUSTOM_RESOURCE_DEFINITIONS);
        }
        high.forEach(type -> resolve(type, typesInBackup).forEach(ordered::add));
        List<GroupResource> lowResolved = new ArrayList<>();
        low.forEach(type -> lowResolved.addAll(resolve(type, typesInBackup)));
        typesInBackup.stream().sorted()
                .filter(type -> !ordered.contains(type) && !lowResolved.contains(type))
                .forEach(ordered::add);
        ordered.addAll(lowResolved);
        return List.copyOf(ordered);
    }

    /** Whether the type is named in either priority list. */
    public boolean isPrioritized(GroupResource type, Set<GroupResource> typesInBackup) {
        return type.equals(CUSTOM_RESOURCE_DEFINITIONS)
                || high.stream().anyMatch(entry -> resolve(entry, typesInBackup).contains(type))
                || low.stream().anyMatch(entry -> resolve(entry, typesInBackup).contains(type));
    }

    private static List<GroupResource> resolve(GroupResource entry, Set<GroupResource> typesInBackup) {
        if (typesInBackup.contains(entry)) {
            return List.of(entry);
        }
        if (!entry.isCore()) {
            return List.of();
        }
        // "customresourcedefinitions" in the defaults names a non-core type by its plural alone.
        return typesInBackup.stream().filter(type -> type.resource().equals(entry.resource())).sorted().toList();
    }

    private static List<GroupResource> types(List<String> names) {
        return names.stream().map(GroupResource::parse).toList();
    }
}
