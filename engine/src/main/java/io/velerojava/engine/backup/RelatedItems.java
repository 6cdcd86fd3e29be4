package io.velerojava.engine.backup;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.velerojava.archive.GroupResource;
import io.velerojava.engine.discovery.ApiResource;
import io.velerojava.engine.discovery.DiscoveredResources;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The related items of backed-up items, through the built-in actions (facts sheet §7.1), checked against the
 * backup's scope the way Velero checks additional items: a namespaced item must be in an included namespace and of
 * an included type; a cluster-scoped one is refused only when cluster resources are off or its type is excluded.
 * Label selectors do not apply: a pod's claim is backed up whatever its labels.
 */
final class RelatedItems {

    /** A related item the backup admits, with the type to fetch and store it as. */
    record Admitted(ApiResource resource, ItemReference reference) {
    }

    private final KubernetesClient client;
    private final DiscoveredResources discovered;
    private final BackupScope scope;
    private final BackupLog log;
    private final Map<GroupResource, RelatedItemAction> actions;

    RelatedItems(KubernetesClient client, DiscoveredResources discovered, BackupScope scope, BackupLog log,
            List<RelatedItemAction> actions) {
        this.client = client;
        this.discovered = discovered;
        this.scope = scope;
        this.log = log;
        this.actions = actions.stream().collect(Collectors.toMap(RelatedItemAction::appliesTo, Function.identity()));
    }

    /** Velero's built-in actions: pod, persistent volume claim, service account. */
    static List<RelatedItemAction> builtIn(KubernetesClient client) {
        return List.of(new PodRelatedItems(), new PersistentVolumeClaimRelatedItems(),
                new ServiceAccountRelatedItems(client));
    }

    /** Whether a built-in action looks at items of this type. */
    boolean hasActionFor(ApiResource resource) {
        return actions.containsKey(resource.groupResource());
    }

    /** The related items of {@code item} that the backup admits. */
    List<Admitted> of(ApiResource resource, GenericKubernetesResource item) {
        RelatedItemAction action = actions.get(resource.groupResource());
        if (action == null) {
            return List.of();
        }
        List<Admitted> admitted = new ArrayList<>();
        for (ItemReference reference : action.relatedItems(item)) {
            Optional<ApiResource> type = discovered.find(reference.groupResource());
            if (type.isEmpty()) {
                continue;
            }
            if (admits(type.get(), reference)) {
                admitted.add(new Admitted(type.get(), reference));
            } else {
                log.info("Not adding " + reference + " related to " + resource.groupResource() + " "
                        + item.getMetadata().getName() + " because the backup excludes it");
            }
        }
        return admitted;
    }

    /** The item as the API server has it now; a missing one is a warning, as in Velero. */
    Optional<GenericKubernetesResource> fetch(Admitted related) {
        ItemReference reference = related.reference();
        var items = client.genericKubernetesResources(related.resource().definitionContext());
        try {
            GenericKubernetesResource found = reference.namespace().isPresent()
                    ? items.inNamespace(reference.namespace().get()).withName(reference.name()).get()
                    : items.withName(reference.name()).get();
            if (found == null) {
                log.warn(ResultScope.ofItem(reference.namespace()), "related item " + reference
                        + " was not found, can't back it up");
            }
            return Optional.ofNullable(found);
        } catch (KubernetesClientException e) {
            log.error(ResultScope.ofItem(reference.namespace()), "error getting related item " + reference + ": "
                    + e.getMessage());
            return Optional.empty();
        }
    }

    private boolean admits(ApiResource type, ItemReference reference) {
        if (type.namespaced()) {
            return reference.namespace().map(scope::includesNamespace).orElse(false) && scope.collects(type);
        }
        return scope.admitsRelatedClusterItem(type.groupResource());
    }
}
