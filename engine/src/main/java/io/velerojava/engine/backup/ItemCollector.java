package io.velerojava.engine.backup;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.velerojava.engine.discovery.ApiResource;
import java.util.ArrayList;
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

    private final ListPageRequest pages;
    private final int pageSize;
    private final BackupLog log;
    private final Consumer<Runnable> fork;

    /** @param fork runs a listing alongside the current one (the namespaces of a type listed one by one) */
    ItemCollector(KubernetesClient client, int pageSize, BackupLog log, Consumer<Runnable> fork) {
        this.pages = new ListPageRequest(client);
        this.pageSize = pageSize;
        this.log = log;
        this.fork = fork;
    }

    /** Hands every item of {@code resource} in the backup's namespaces that matches the selector to the sink. */
    void collect(ApiResource resource, BackupTargets targets, Optional<String> labelSelector,
            Consumer<BackupItem> sink) {
        List<String> namespaces = targets.namespacesInScope();
        if (!resource.namespaced()) {
            list(resource, Optional.empty(), labelSelector, Optional.empty(), sink);
        } else if (namespaces.size() == 1) {
            list(resource, Optional.of(namespaces.get(0)), labelSelector, Optional.empty(), sink);
        } else if (!namespaces.isEmpty()) {
            collectFromSomeNamespaces(resource, targets, labelSelector, sink);
        }
    }

    /**
     * The items {@code entries} ({@code namespace/name}, or {@code name} for a cluster-scoped type) name, in that
     * order, each if it exists and the backup selects it (its namespace in scope, a label selector matching); for
     * any other a warning, as Velero's "Cannot find resource".
     */
    void collectOrdered(ApiResource resource, BackupTargets targets, List<String> entries,
            Consumer<BackupItem> sink) {
        for (String entry : entries) {
            int slash = entry.indexOf('/');
            Optional<String> namespace = slash < 0 ? Optional.empty() : Optional.of(entry.substring(0, slash));
            String name = entry.substring(slash + 1);
            ResultScope scope = ResultScope.ofItem(namespace);
            String described = resource.groupResource() + " " + entry + " named in orderedResources";
            if (namespace.isPresent() != resource.namespaced()) {
                log.warn(scope, "cannot find " + described + ": " + resource.groupResource() + " are "
                        + (resource.namespaced() ? "namespaced, name one as namespace/name"
                        : "cluster-scoped, name one without a namespace"));
            } else if (namespace.isPresent() && !targets.scope().includesNamespace(namespace.get())) {
                log.warn(scope, "cannot find " + described + ": its namespace is not in the backup");
            } else {
                try {
                    find(resource, namespace, name, targets.selectors()).ifPresentOrElse(sink, () -> log.warn(scope,
                            "cannot find " + described + ": it does not exist or no label selector of the backup"
                                    + " matches it"));
                } catch (KubernetesClientException e) {
                    log.error(scope, "error getting " + described + ": " + e.getMessage());
                }
            }
        }
    }

    /** The item, if one of the backup's label selectors (OR-ed) matches it. */
    private Optional<BackupItem> find(ApiResource resource, Optional<String> namespace, String name,
            List<Optional<String>> labelSelectors) {
        for (Optional<String> labelSelector : labelSelectors) {
            Optional<BackupItem> item = pages.find(resource, namespace, name, labelSelector);
            if (item.isPresent()) {
                return item;
            }
        }
        return Optional.empty();
    }

    private void collectFromSomeNamespaces(ApiResource resource, BackupTargets targets, Optional<String> labelSelector,
            Consumer<BackupItem> sink) {
        Consumer<BackupItem> inScope = item -> {
            if (item.namespace().filter(targets.scope()::includesNamespace).isPresent()) {
                sink.accept(item);
            }
        };
        if (targets.coversEveryNamespace()) {
            list(resource, Optional.empty(), labelSelector, Optional.empty(), inScope);
            return;
        }
        List<BackupItem> first = new ArrayList<>();
        Optional<Optional<String>> continueToken = page(resource, Optional.empty(), labelSelector, Optional.empty(),
                first::add);
        if (continueToken.isEmpty()) {
            return;
        }
        if (continueToken.get().isEmpty()) {
            first.forEach(inScope);
            return;
        }
        first.clear();
        log.info("Listing " + resource.groupResource() + " namespace by namespace: it has more than one page of items"
                + " and the backup covers " + targets.namespacesInScope().size() + " of "
                + targets.allNamespaces().size() + " namespaces");
        for (String namespace : targets.namespacesInScope()) {
            fork.accept(() -> list(resource, Optional.of(namespace), labelSelector, Optional.empty(), sink));
        }
    }

    /** Lists from {@code continueToken} (the start when empty) to the last page. */
    private void list(ApiResource resource, Optional<String> namespace, Optional<String> labelSelector,
            Optional<String> continueToken, Consumer<BackupItem> sink) {
        Optional<String> next = continueToken;
        do {
            Optional<Optional<String>> page = page(resource, namespace, labelSelector, next, sink);
            if (page.isEmpty()) {
                return;
            }
            next = page.get();
        } while (next.isPresent());
    }

    /**
     * One page, its items handed to the sink as they are read; returns its continue token (empty on the last
     * page), or nothing after a failed LIST, which is an error of the backup, not a failure of it.
     */
    private Optional<Optional<String>> page(ApiResource resource, Optional<String> namespace,
            Optional<String> labelSelector, Optional<String> continueToken, Consumer<BackupItem> sink) {
        String where = namespace.map(ns -> " in namespace " + ns).orElse("");
        if (continueToken.isEmpty()) {
            log.info("Listing items of " + resource.groupResource() + where
                    + labelSelector.map(selector -> " with label selector " + selector).orElse(""));
        }
        try {
            return Optional.of(pages.list(resource, namespace, labelSelector, pageSize, continueToken, sink));
        } catch (KubernetesClientException e) {
            log.error(namespace.map(ResultScope::namespace).orElseGet(ResultScope::cluster),
                    "error listing " + resource.groupResource() + where + ": " + e.getMessage());
            return Optional.empty();
        }
    }
}
