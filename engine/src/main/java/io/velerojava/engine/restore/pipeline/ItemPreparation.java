package io.velerojava.engine.restore.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.velerojava.api.VeleroLabels;
import io.velerojava.archive.GroupResource;
import io.velerojava.engine.restore.pipeline.mutation.BuiltInMutations;
import io.velerojava.engine.restore.pipeline.mutation.MutationContext;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns a backed-up item into the object to create (facts §4.2): skips what must not come back, strips
 * server-set metadata, keeps the status aside, applies the built-in mutations, moves the item to its target
 * namespace and labels it with the backup and restore names.
 */
public final class ItemPreparation {

    private static final GroupResource PODS = GroupResource.core("pods");
    private static final GroupResource JOBS = GroupResource.parse("jobs.batch");
    private static final GroupResource PERSISTENT_VOLUMES = GroupResource.core("persistentvolumes");
    private static final List<String> SERVER_SET_METADATA = List.of("generateName", "selfLink", "uid",
            "resourceVersion", "generation", "creationTimestamp", "deletionTimestamp", "deletionGracePeriodSeconds",
            "ownerReferences");
    private static final String MIRROR_POD_ANNOTATION = "kubernetes.io/config.mirror";

    private final RestoreSelection selection;
    private final String backupLabel;
    private final String restoreLabel;
    private final boolean preserveNodePorts;
    private final Set<String> pvsToProvision = ConcurrentHashMap.newKeySet();

    /**
     * An item ready to create.
     *
     * @param status the backed-up status, present when the restore restores this item's status
     */
    public record Ready(ObjectNode desired, Optional<JsonNode> status) {
    }

    public ItemPreparation(RestoreSelection selection, String backupName, String restoreName,
                           boolean preserveNodePorts) {
        this.selection = selection;
        this.backupLabel = VeleroLabels.validValue(backupName);
        this.restoreLabel = VeleroLabels.validValue(restoreName);
        this.preserveNodePorts = preserveNodePorts;
    }

    /** Prepares an item that {@link #skipReason} lets through. */
    public Ready prepare(ServedResource resource, ObjectNode original, Optional<String> targetNamespace) {
        GroupResource type = resource.groupResource();
        ObjectNode item = original.deepCopy();
        JsonNode status = item.remove("status");
        ObjectNode metadata = item.withObjectProperty("metadata");
        metadata.remove(SERVER_SET_METADATA);
        BuiltInMutations.apply(type, item, new MutationContext(selection.namespaceMapping(), preserveNodePorts,
                pvsToProvision));
        targetNamespace.ifPresent(namespace -> metadata.put("namespace", namespace));
        ObjectNode labels = metadata.withObjectProperty("labels");
        labels.put(VeleroLabels.BACKUP_NAME, backupLabel);
        labels.put(VeleroLabels.RESTORE_NAME, restoreLabel);
        boolean restoreStatus = status != null && !status.isNull() && selection.restoresStatus(type, original);
        return new Ready(item, restoreStatus ? Optional.of(status) : Optional.empty());
    }

    /**
     * Why the backed-up item must not come back, if it must not. A persistent volume skipped for its reclaim
     * policy is remembered, so that its claim, prepared later, asks for a new volume instead.
     */
    public Optional<String> skipReason(GroupResource type, ObjectNode item) {
        if (type.equals(PODS)) {
            String phase = item.path("status").path("phase").asText();
            if (phase.equals("Succeeded") || phase.equals("Failed")) {
                return Optional.of("the pod has completed (phase " + phase + ")");
            }
            if (item.path("metadata").path("annotations").has(MIRROR_POD_ANNOTATION)) {
                return Optional.of("it is a mirror pod, which its node's kubelet creates");
            }
        }
        if (type.equals(JOBS) && item.path("status").hasNonNull("completionTime")) {
            return Optional.of("the job has completed");
        }
        if (type.equals(PERSISTENT_VOLUMES)
                && "Delete".equals(item.path("spec").path("persistentVolumeReclaimPolicy").asText())) {
            pvsToProvision.add(item.path("metadata").path("name").asText());
            return Optional.of("it has no snapshot and its reclaim policy is Delete; its claim provisions a new"
                    + " volume");
        }
        return Optional.empty();
    }
}
