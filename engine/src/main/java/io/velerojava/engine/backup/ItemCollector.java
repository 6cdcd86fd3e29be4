package io.velerojava.engine.backup;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceList;
import io.fabric8.kubernetes.api.model.ListOptionsBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.velerojava.engine.discovery.ApiResource;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Lists the items of one resource type that a backup selects, page by page ({@code --client-page-size}), handing
 * each to a sink as it arrives, so only one page per lister is ever held in memory.
 *
 * <p>The number of LIST calls, not the items, dominates a backup of many namespaces: one call per type and
 * namespace is thousands of calls, most of them answering "nothing". So a namespaced type is first listed
 * cluster-wide: when that fits in one page (most types) or the backup covers every namespace, the cluster-wide
 * listing is used and items of other namespaces are dropped here; only a large type in a backup of some namespaces
 * is listed namespace by namespace, so that items outside the backup are not transferred.
 */
final class ItemCollector {

    private final KubernetesClient client;
    private final int pageSize;
    private final BackupLog log;
    private final Consumer<Runnable> fork;

    /** @param fork runs a listing alongside the current one (the namespaces of a type listed one by one) */
    ItemCollector(KubernetesClient client, int pageSize, BackupLog log, Consumer<Runnable> fork) {
        this.client = client;
        this.pageSize = pageSize;
        this.log = log;
        this.fork = fork;
    }

    /** Hands every item of {@code resource} in the backup's namespaces that matches the selector to the sink. */
    void collect(ApiResource resource, BackupTargets targets, Optional<String> labelSelector,
            Consumer<GenericKubernetesResource> sink) {
        List<String> namespaces = targets.namespacesInScope();
        if (!resource.namespaced()) {
            list(resource, Optional.empty(), labelSelector, null, sink);
        } else if (namespaces.size() == 1) {
            list(resource, Optional.of(namespaces.get(0)), labelSelector, null, sink);
        } else if (!namespaces.isEmpty()) {
            collectFromSomeNamespaces(resource, targets, labelSelector, sink);
        }
    }

    private void collectFromSomeNamespaces(ApiResource resource, BackupTargets targets, Optional<String> labelSelector,
            Consumer<GenericKubernetesResource> sink) {
        Consumer<GenericKubernetesResource> inScope = item -> {
            if (targets.scope().includesNamespace(item.getMetadata().getNamespace())) {
                sink.accept(item);
            }
        };
        Optional<GenericKubernetesResourceList> first = page(resource, Optional.empty(), labelSelector, null);
        if (first.isEmpty()) {
            return;
        }
        String continueToken = continueToken(first.get());
        if (continueToken == null || targets.coversEveryNamespace()) {
            first.get().getItems().forEach(inScope);
            if (continueToken != null) {
                list(resource, Optional.empty(), labelSelector, continueToken, inScope);
            }
            return;
        }
        log.info("Listing " + resource.groupResource() + " namespace by namespace: it has more than one page of items"
                + " and the backup covers " + targets.namespacesInScope().size() + " of "
                + targets.allNamespaces().size() + " namespaces");
        for (String namespace : targets.namespacesInScope()) {
            fork.accept(() -> list(resource, Optional.of(namespace), labelSelector, null, sink));
        }
    }

    /** Lists from {@code continueToken} (the start when null) to the last page. */
    private void list(ApiResource resource, Optional<String> namespace, Optional<String> labelSelector,
            String continueToken, Consumer<GenericKubernetesResource> sink) {
        String next = continueToken;
        do {
            Optional<GenericKubernetesResourceList> page = page(resource, namespace, labelSelector, next);
            if (page.isEmpty()) {
                return;
            }
            page.get().getItems().forEach(sink);
            next = continueToken(page.get());
        } while (next != null);
    }

    /** One page; empty after a failed LIST, which is an error of the backup, not a failure of it. */
    private Optional<GenericKubernetesResourceList> page(ApiResource resource, Optional<String> namespace,
            Optional<String> labelSelector, String continueToken) {
        String where = namespace.map(ns -> " in namespace " + ns).orElse("");
        if (continueToken == null) {
            log.info("Listing items of " + resource.groupResource() + where
                    + labelSelector.map(selector -> " with label selector " + selector).orElse(""));
        }
        ListOptionsBuilder options = new ListOptionsBuilder().withContinue(continueToken);
        if (pageSize > 0) {
            options.withLimit((long) pageSize);
        }
        labelSelector.ifPresent(options::withLabelSelector);
        var operation = client.genericKubernetesResources(resource.definitionContext());
        try {
            return Optional.of(namespace.isPresent()
                    ? operation.inNamespace(namespace.get()).list(options.build())
                    : operation.inAnyNamespace().list(options.build()));
        } catch (KubernetesClientException e) {
            log.error(namespace.map(ResultScope::namespace).orElseGet(ResultScope::cluster),
                    "error listing " + resource.groupResource() + where + ": " + e.getMessage());
            return Optional.empty();
        }
    }

    private static String continueToken(GenericKubernetesResourceList page) {
        String token = page.getMetadata() == null ? null : page.getMetadata().getContinue();
        return token == null || token.isEmpty() ? null : token;
    }
}
