package io.velerojava.engine.backup;

import io.velerojava.api.v1.BackupSpec;
import io.velerojava.archive.GroupResource;
import io.velerojava.engine.discovery.ApiResource;
import io.velerojava.engine.discovery.DiscoveredResources;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What a backup includes, from its spec's filters (facts sheet §4.6, §4.7): which namespaces, which resource
 * types, and whether cluster-scoped items pulled in as related items may be added.
 *
 * <p>Two filter styles exist. The old one ({@code includedResources}, {@code excludedResources},
 * {@code includeClusterResources}) applies one list to every type; cluster-scoped types come along when
 * {@code includeClusterResources} is true, or when it is unset and the backup covers every namespace. The scoped
 * one ({@code included/excludedClusterScopedResources}, {@code included/excludedNamespaceScopedResources}) filters
 * the two kinds of types separately. Validation guarantees a spec uses only one style.
 */
public final class BackupScope {

    /** Only ever added by CSI actions, never collected (Velero excludes them the same way). */
    static final Set<GroupResource> ALWAYS_EXCLUDED = Set.of(
            new GroupResource("snapshot.storage.k8s.io", "volumesnapshots"),
            new GroupResource("snapshot.storage.k8s.io", "volumesnapshotcontents"));

    static final GroupResource NAMESPACES = GroupResource.core("namespaces");

    private final NamePatterns includedNamespaces;
    private final NamePatterns excludedNamespaces;
    private final Set<String> namespacesExcludedByLabel;
    private final ResourceRule resourceRule;

    private BackupScope(NamePatterns includedNamespaces, NamePatterns excludedNamespaces,
            Set<String> namespacesExcludedByLabel, ResourceRule resourceRule) {
        this.includedNamespaces = includedNamespaces;
        this.excludedNamespaces = excludedNamespaces;
        this.namespacesExcludedByLabel = namespacesExcludedByLabel;
        this.resourceRule = resourceRule;
    }

    /**
     * @param namespacesExcludedByLabel namespaces labelled {@code velero.io/exclude-from-backup=true}, which
     *                                  Velero adds to the excluded namespaces
     */
    public static BackupScope of(BackupSpec spec, DiscoveredResources discovered,
            Set<String> namespacesExcludedByLabel) {
        NamePatterns included = NamePatterns.of(spec.getIncludedNamespaces());
        NamePatterns excluded = NamePatterns.of(spec.getExcludedNamespaces());
        boolean allNamespaces = (included.isEmpty() || included.matchesEverything()) && excluded.isEmpty();
        ResourceRule rule = usesScopedFilters(spec)
                ? new ScopedFilters(ResourcePatterns.of(spec.getIncludedClusterScopedResources(), discovered),
                        ResourcePatterns.of(spec.getExcludedClusterScopedResources(), discovered),
                        ResourcePatterns.of(spec.getIncludedNamespaceScopedResources(), discovered),
                        ResourcePatterns.of(spec.getExcludedNamespaceScopedResources(), discovered),
                        allNamespaces)
                : new OldFilters(ResourcePatterns.of(spec.getIncludedResources(), discovered),
                        ResourcePatterns.of(spec.getExcludedResources(), discovered),
                        spec.getIncludeClusterResources(), allNamespaces);
        return new BackupScope(included, excluded, Set.copyOf(namespacesExcludedByLabel), rule);
    }

    /** Whether items of this namespace are backed up. */
    public boolean includesNamespace(String namespace) {
        return (includedNamespaces.isEmpty() || includedNamespaces.matches(namespace))
                && !excludedNamespaces.matches(namespace)
                && !namespacesExcludedByLabel.contains(namespace);
    }

    /** Whether every item of this type (in included namespaces) is listed and backed up. */
    public boolean collects(ApiResource resource) {
        GroupResource gr = resource.groupResource();
        if (ALWAYS_EXCLUDED.contains(gr)) {
            return false;
        }
        return resource.namespaced() ? resourceRule.collectsNamespaced(gr) : resourceRule.collectsClusterScoped(gr);
    }

    /**
     * Whether a cluster-scoped item that a backed-up item needs (a CRD, a PV) may be added although its type is
     * not collected: not when cluster resources are switched off or its type is excluded.
     */
    public boolean admitsRelatedClusterItem(GroupResource groupResource) {
        return resourceRule.admitsRelatedClusterItem(groupResource);
    }

    private static boolean usesScopedFilters(BackupSpec spec) {
        return Stream.of(spec.getIncludedClusterScopedResources(), spec.getExcludedClusterScopedResources(),
                        spec.getIncludedNamespaceScopedResources(), spec.getExcludedNamespaceScopedResources())
                .anyMatch(list -> list != null && !list.isEmpty());
    }

    private interface ResourceRule {
        boolean collectsNamespaced(GroupResource groupResource);

        boolean collectsClusterScoped(GroupResource groupResource);

        boolean admitsRelatedClusterItem(GroupResource groupResource);
    }

    private record OldFilters(ResourcePatterns included, ResourcePatterns excluded, Boolean includeClusterResources,
            boolean allNamespaces) implements ResourceRule {

        @Override
        public boolean collectsNamespaced(GroupResource groupResource) {
            return passes(groupResource);
        }

        @Override
        public boolean collectsClusterScoped(GroupResource groupResource) {
            if (groupResource.equals(NAMESPACES)) {
                return !excluded.matches(groupResource);
            }
            if (Boolean.FALSE.equals(includeClusterResources)) {
                return false;
            }
            boolean clusterResourcesWanted = Boolean.TRUE.equals(includeClusterResources) || allNamespaces;
            return clusterResourcesWanted && passes(groupResource);
        }

        @Override
        public boolean admitsRelatedClusterItem(GroupResource groupResource) {
            return !Boolean.FALSE.equals(includeClusterResources) && !excluded.matches(groupResource);
        }

        private boolean passes(GroupResource groupResource) {
            return (included.isEmpty() || included.matches(groupResource)) && !excluded.matches(groupResource);
        }
    }

    private record ScopedFilters(ResourcePatterns includedCluster, ResourcePatterns excludedCluster,
            ResourcePatterns includedNamespaced, ResourcePatterns excludedNamespaced, boolean allNamespaces)
            implements ResourceRule {

        @Override
        public boolean collectsNamespaced(GroupResource groupResource) {
            return (includedNamespaced.isEmpty() || includedNamespaced.matches(groupResource))
                    && !excludedNamespaced.matches(groupResource);
        }

        @Override
        public boolean collectsClusterScoped(GroupResource groupResource) {
            if (excludedCluster.matches(groupResource)) {
                return false;
            }
            if (groupResource.equals(NAMESPACES)) {
                return true;
            }
            boolean everythingNamespaced = (includedNamespaced.isEmpty() || includedNamespaced.matchesEverything())
                    && excludedNamespaced.isEmpty();
            if (includedCluster.isEmpty() && excludedCluster.isEmpty()) {
                return allNamespaces && everythingNamespaced;
            }
            return includedCluster.matches(groupResource);
        }

        @Override
        public boolean admitsRelatedClusterItem(GroupResource groupResource) {
            return !excludedCluster.matches(groupResource);
        }
    }
}
