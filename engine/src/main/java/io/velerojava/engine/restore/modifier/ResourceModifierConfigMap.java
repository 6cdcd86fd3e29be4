package io.velerojava.engine.restore.modifier;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.TypedLocalObjectReference;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.util.Map;

/** Reads the resource modifiers a Restore names ({@code spec.resourceModifier}) from its ConfigMap. */
public final class ResourceModifierConfigMap {

    private ResourceModifierConfigMap() {
    }

    /**
     * The modifiers in the ConfigMap {@code reference} names in {@code namespace} (the Velero namespace), or
     * {@link ResourceModifiers#NONE} without a reference. The ConfigMap holds the rules as its only data entry,
     * under any key, as {@code kubectl create configmap NAME --from-file=rules.yaml} makes it.
     */
    public static ResourceModifiers load(KubernetesClient client, String namespace,
                                         TypedLocalObjectReference reference) throws InvalidResourceModifiersException {
        if (reference == null) {
            return ResourceModifiers.NONE;
        }
        String described = "resource modifier ConfigMap " + namespace + "/" + reference.getName();
        ConfigMap configMap;
        try {
            configMap = client.configMaps().inNamespace(namespace).withName(reference.getName()).get();
        } catch (KubernetesClientException e) {
            throw new InvalidResourceModifiersException("cannot read the " + described + ": " + e.getMessage());
        }
        if (configMap == null) {
            throw new InvalidResourceModifiersException(described + " not found; create it with `kubectl create"
                    + " configmap " + reference.getName() + " --from-file=<rules.yaml> -n " + namespace + "`");
        }
        Map<String, String> data = configMap.getData() == null ? Map.of() : configMap.getData();
        if (data.size() != 1) {
            throw new InvalidResourceModifiersException(described + " must hold the rules as its only data entry,"
                    + " but it has " + data.size() + (data.isEmpty() ? "" : " " + data.keySet().stream().sorted()
                    .toList()));
        }
        try {
            return ResourceModifiers.parse(data.values().iterator().next());
        } catch (InvalidResourceModifiersException e) {
            throw new InvalidResourceModifiersException(described + ": " + e.getMessage());
        }
    }
}
