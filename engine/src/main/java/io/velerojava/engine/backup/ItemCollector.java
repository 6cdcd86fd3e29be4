package io.velerojava.engine.backup;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceList;
import io.fabric8.kubernetes.api.model.ListOptionsBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.MixedOperation;
import io.fabric8.kubernetes.client.dsl.Resource;
import io.velerojava.engine.discovery.ApiResource;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Lists the items of a resource type page by page ({@code --client-page-size}) and hands each to a sink as it
 * arrives, so only one page per lister is ever held in memory.
 */
final class ItemCollector {

    private final KubernetesClient client;
    private final int pageSize;
    private final BackupLog log;

    ItemCollector(KubernetesClient client, int pageSize, BackupLog log) {
        this.client = client;
        this.pageSize = pageSize;
        this.log = log;
    }

    /**
     * Lists {@code resource} in {@code namespace} (every namespace when empty, or the cluster for cluster-scoped
     * types) with the label selector, if any. A failed LIST is an error of the backup, not a failure of it.
     *
     * @return the number of items handed to the sink
     */
    int collect(ApiResource resource, Optional<String> namespace, Optional<String> labelSelector,
            Consumer<GenericKubernetesResource> sink) {
        MixedOperation<GenericKubernetesResource, GenericKubernetesResourceList, Resource<GenericKubernetesResource>>
                operation = client.genericKubernetesResources(resource.definitionContext());
        String where = namespace.map(ns -> " in namespace " + ns).orElse("");
        log.info("Listing items of " + resource.groupResource() + where
                + labelSelector.map(selector -> " with label selector " + selector).orElse(""));
        int count = 0;
        String continueToken = null;
        try {
            do {
                ListOptionsBuilder options = new ListOptionsBuilder().withContinue(continueToken);
                if (pageSize > 0) {
                    options.withLimit((long) pageSize);
                }
                labelSelector.ifPresent(options::withLabelSelector);
                GenericKubernetesResourceList page = namespace.isPresent()
                        ? operation.inNamespace(namespace.get()).list(options.build())
                        : operation.inAnyNamespace().list(options.build());
                for (GenericKubernetesResource item : page.getItems()) {
                    sink.accept(item);
                    count++;
                }
                continueToken = page.getMetadata() == null ? null : page.getMetadata().getContinue();
            } while (continueToken != null && !continueToken.isEmpty());
        } catch (KubernetesClientException e) {
            log.error(namespace.map(ResultScope::namespace).orElseGet(ResultScope::cluster),
                    "error listing " + resource.groupResource() + where + ": " + e.getMessage());
        }
        return count;
    }
}
