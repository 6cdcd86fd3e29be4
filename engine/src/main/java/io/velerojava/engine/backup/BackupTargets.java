package io.velerojava.engine.backup;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.velerojava.api.VeleroLabels;
import io.velerojava.api.v1.BackupSpec;
import io.velerojava.engine.discovery.ApiResource;
import io.velerojava.engine.discovery.DiscoveredResources;
import io.velerojava.engine.discovery.ResourceDiscovery;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What one backup works on, resolved against the cluster before any item is listed: the served types, the
 * namespaces, the scope the spec's filters give, and the label selectors to list with.
 *
 * @param namespacesInScope the names of the namespaces whose items are backed up, sorted
 * @param order             the items to back up first within their type ({@code spec.orderedResources})
 */
record BackupTargets(DiscoveredResources discovered, ApiResource namespaces,
                     List<GenericKubernetesResource> allNamespaces, List<String> namespacesInScope,
                     BackupScope scope, List<Optional<String>> selectors, OrderedItems order) {

    static BackupTargets resolve(KubernetesClient client, BackupSpec spec) {
        DiscoveredResources discovered = new ResourceDiscovery(client).discover();
        ApiResource namespaces = discovered.find(BackupScope.NAMESPACES).orElseThrow(
                () -> new IllegalStateException("the cluster serves no namespaces resource"));
        List<GenericKubernetesResource> allNamespaces = client.genericKubernetesResources(
                namespaces.definitionContext()).list().getItems();
        BackupScope scope = BackupScope.of(spec, discovered, excludedByLabel(allNamespaces));
        List<String> namespacesInScope = allNamespaces.stream().map(ns -> ns.getMetadata().getName())
                .filter(scope::includesNamespace).sorted().toList();
        return new BackupTargets(discovered, namespaces, allNamespaces, namespacesInScope, scope,
                LabelSelectors.forListing(spec.getLabelSelector(), spec.getOrLabelSelectors()),
                OrderedItems.of(spec.getOrderedResources()));
    }

    /** Whether the backup covers every namespace of the cluster, so a cluster-wide LIST transfers nothing extra. */
    boolean coversEveryNamespace() {
        return namespacesInScope.size() == allNamespaces.size();
    }

    private static Set<String> excludedByLabel(List<GenericKubernetesResource> namespaces) {
        return namespaces.stream()
                .filter(ns -> ns.getMetadata().getLabels() != null
                        && "true".equals(ns.getMetadata().getLabels().get(VeleroLabels.EXCLUDE_FROM_BACKUP)))
                .map(ns -> ns.getMetadata().getName())
                .collect(Collectors.toSet());
    }
}
