package io.velerojava.engine.restore.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.NonNamespaceOperation;
import io.fabric8.kubernetes.client.dsl.Resource;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceList;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.velerojava.api.VeleroLabels;
import io.velerojava.engine.restore.ItemAction;
import io.velerojava.engine.restore.pipeline.ExistingObjectDiff.AddedFields;
import java.net.HttpURLConnection;
import java.util.List;
import java.util.Optional;

/**
 * Creates one restored object in the cluster, or, if it already exists, compares it with the backed-up state
 * and applies the existing-resource policy; then restores its status if asked to.
 */
public final class ItemWriter {

    private static final int STATUS_CONFLICT_RETRIES = 3;

    private final KubernetesClient client;
    private final KubernetesSerialization serialization;
    private final ExistingObjectPolicy policy;

    public ItemWriter(KubernetesClient client, ExistingObjectPolicy policy) {
        this.client = client;
        this.serialization = client.getKubernetesSerialization();
        this.policy = policy;
    }

    /**
     * @param desired  the object to create, transformed and labelled, without status
     * @param original the object as backed up, which tells fields cleared on purpose from fields added later
     * @param status   the backed-up status to restore, if the restore restores this type's status
     */
    public ItemWriteResult write(ServedResource resource, String version, ObjectNode desired, ObjectNode original,
                                 Optional<JsonNode> status) {
        ItemOperation operation = operation(resource, version, desired);
        GenericKubernetesResource created;
        try {
            created = operation.create(toResource(desired));
        } catch (KubernetesClientException e) {
            if (e.getCode() != HttpURLConnection.HTTP_CONFLICT) {
                return ItemWriteResult.failed("error restoring " + describe(resource, desired) + ": " + reason(e));
            }
            return reconcileExisting(operation, resource, desired, original, status);
        }
        return finishCreated(operation, created, status, resource, desired);
    }

    private ItemWriteResult reconcileExisting(ItemOperation operation, ServedResource resource, ObjectNode desired,
                                              ObjectNode original, Optional<JsonNode> status) {
        String kind = desired.path("kind").asText(resource.kind());
        String name = desired.path("metadata").path("name").asText();
        GenericKubernetesResource existing;
        try {
            existing = operation.get(name);
        } catch (KubernetesClientException e) {
            return ItemWriteResult.failed("error restoring " + describe(resource, desired)
                    + ": it already exists and cannot be read: " + reason(e));
        }
        if (existing == null) {
            return ItemWriteResult.failed("error restoring " + describe(resource, desired)
                    + ": the cluster reported it exists, but it is gone (deleted concurrently?)");
        }
        ObjectNode inCluster = serialization.convertValue(existing, ObjectNode.class);
        // Velero always merges ServiceAccounts into the existing ones, keeping their secrets.
        boolean mergeOnly = "ServiceAccount".equals(kind) && resource.groupResource().isCore();
        AddedFields addedFields = mergeOnly ? AddedFields.KEEP : AddedFields.REMOVE;
        // As in Velero, an object that differs only by lacking this restore's labels counts as unchanged.
        if (ExistingObjectDiff.between(withRestoreLabels(inCluster, desired), desired, original, addedFields)
                .isEmpty()) {
            return ItemWriteResult.of(ItemAction.SKIPPED);
        }
        ExistingObjectDiff diff = ExistingObjectDiff.between(inCluster, desired, original, addedFields);
        if (policy != ExistingObjectPolicy.UPDATE && !mergeOnly) {
            String warning = "could not restore, " + kind + " \"" + name + "\" already exists. Warning: the in-cluster"
                    + " version is different than the backed-up version";
            return ItemWriteResult.withWarning(ItemAction.SKIPPED,
                    policy == ExistingObjectPolicy.UNSET ? warning + "." : warning);
        }
        GenericKubernetesResource patched;
        try {
            patched = operation.mergePatch(name, diff.mergePatch().toString());
        } catch (KubernetesClientException e) {
            return ItemWriteResult.withWarning(ItemAction.FAILED, "could not update existing " + kind + " \"" + name
                    + "\" to its backed-up state: " + reason(e));
        }
        return withStatus(ItemAction.UPDATED, operation, patched, status, resource, desired);
    }

    private ItemWriteResult withStatus(ItemAction action, ItemOperation operation, GenericKubernetesResource written,
                                       Optional<JsonNode> status, ServedResource resource, ObjectNode desired) {
        return status.flatMap(value -> restoreStatus(operation, written, value))
                .map(problem -> ItemWriteResult.withWarning(action, "could not restore the status of "
                        + describe(resource, desired) + ": " + problem))
                .orElse(ItemWriteResult.of(action));
    }

    /**
     * Finishes a created object as Velero does: its status, if restored, then the backed-up managedFields, which
     * the create gave all to this client.
     */
    private ItemWriteResult finishCreated(ItemOperation operation, GenericKubernetesResource created,
                                          Optional<JsonNode> status, ServedResource resource, ObjectNode desired) {
        ItemWriteResult withStatus = withStatus(ItemAction.CREATED, operation, created, status, resource, desired);
        Optional<String> managedFieldsProblem = restoreManagedFields(operation, desired);
        return managedFieldsProblem.map(problem -> new ItemWriteResult(ItemAction.CREATED, withStatus.warning(),
                Optional.of("error restoring the managed fields of " + describe(resource, desired) + ": " + problem)))
                .orElse(withStatus);
    }

    /**
     * Puts the backed-up {@code metadata.managedFields} back with a merge patch, which changes no tracked field
     * and so takes no ownership; returns the problem if that failed (not if the object is gone meanwhile). Velero
     * patches only when they differ from the created object's, which they always do: the create made this
     * client the manager of every field.
     */
    private Optional<String> restoreManagedFields(ItemOperation operation, ObjectNode desired) {
        JsonNode managedFields = desired.path("metadata").path("managedFields");
        if (!managedFields.isArray() || managedFields.isEmpty()) {
            return Optional.empty();
        }
        ObjectNode patch = JsonNodeFactory.instance.objectNode();
        patch.putObject("metadata").set("managedFields", managedFields);
        try {
            operation.mergePatch(desired.path("metadata").path("name").asText(), patch.toString());
            return Optional.empty();
        } catch (KubernetesClientException e) {
            return e.getCode() == HttpURLConnection.HTTP_NOT_FOUND ? Optional.empty() : Optional.of(reason(e));
        }
    }

    /** Puts the backed-up status on the written object, retrying on conflicts; returns the problem if it failed. */
    private Optional<String> restoreStatus(ItemOperation operation, GenericKubernetesResource written,
                                           JsonNode status) {
        GenericKubernetesResource current = written;
        for (int attempt = 1; ; attempt++) {
            current.setAdditionalProperty("status", serialization.convertValue(status, Object.class));
            try {
                operation.updateStatus(current);
                return Optional.empty();
            } catch (KubernetesClientException e) {
                if (e.getCode() != HttpURLConnection.HTTP_CONFLICT || attempt == STATUS_CONFLICT_RETRIES) {
                    return Optional.of(reason(e));
                }
                current = operation.get(written.getMetadata().getName());
                if (current == null) {
                    return Optional.of("it was deleted right after being restored");
                }
            }
        }
    }

    private ItemOperation operation(ServedResource resource, String version, ObjectNode item) {
        var all = client.genericKubernetesResources(resource.definitionContext(version));
        String namespace = item.path("metadata").path("namespace").asText("");
        return new ItemOperation(resource.namespaced() ? all.inNamespace(namespace) : all);
    }

    private static ObjectNode withRestoreLabels(ObjectNode inCluster, ObjectNode desired) {
        ObjectNode copy = inCluster.deepCopy();
        ObjectNode labels = copy.withObjectProperty("metadata").withObjectProperty("labels");
        JsonNode desiredLabels = desired.path("metadata").path("labels");
        for (String key : List.of(VeleroLabels.BACKUP_NAME, VeleroLabels.RESTORE_NAME)) {
            if (desiredLabels.has(key)) {
                labels.set(key, desiredLabels.get(key));
            }
        }
        return copy;
    }

    private GenericKubernetesResource toResource(ObjectNode item) {
        return serialization.convertValue(item, GenericKubernetesResource.class);
    }

    /** {@code <resource>/<namespace>/<name>} as in Velero's messages. */
    private static String describe(ServedResource resource, ObjectNode item) {
        JsonNode metadata = item.path("metadata");
        String namespace = metadata.path("namespace").asText("");
        return resource.groupResource() + "/" + (namespace.isEmpty() ? "" : namespace + "/")
                + metadata.path("name").asText();
    }

    /** The API endpoint of one resource type in one namespace (or cluster-wide). */
    private record ItemOperation(NonNamespaceOperation<GenericKubernetesResource, GenericKubernetesResourceList,
            Resource<GenericKubernetesResource>> endpoint) {

        GenericKubernetesResource create(GenericKubernetesResource item) {
            return endpoint.resource(item).create();
        }

        GenericKubernetesResource get(String name) {
            return endpoint.withName(name).get();
        }

        GenericKubernetesResource mergePatch(String name, String patch) {
            return endpoint.withName(name).patch(PatchContext.of(PatchType.JSON_MERGE), patch);
        }

        void updateStatus(GenericKubernetesResource item) {
            endpoint.resource(item).updateStatus();
        }
    }

    private static String reason(KubernetesClientException e) {
        if (e.getStatus() != null && e.getStatus().getMessage() != null) {
            return e.getStatus().getMessage();
        }
        return e.getMessage();
    }
}
