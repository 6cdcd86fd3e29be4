package io.velerojava.nodeagent;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import java.util.Map;

/**
 * Writes status while a long reconcile runs (InProgress, progress), so clients see it before the reconcile returns
 * its final status. A JSON merge patch of the status subresource: it touches only the fields given.
 */
public final class StatusPatcher {

    private final KubernetesClient client;

    public StatusPatcher(KubernetesClient client) {
        this.client = client;
    }

    /** Merges {@code status} (a status object or a map of some of its fields) into the resource's status. */
    public void patch(HasMetadata resource, Object status) {
        Object fields = client.getKubernetesSerialization().convertValue(status, Map.class);
        client.resources(resource.getClass())
                .inNamespace(resource.getMetadata().getNamespace())
                .withName(resource.getMetadata().getName())
                .subresource("status")
                .patch(PatchContext.of(PatchType.JSON_MERGE),
                        client.getKubernetesSerialization().asJson(Map.of("status", fields)));
    }
}
