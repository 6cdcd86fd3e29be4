package io.velerojava.engine.restore.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.velerojava.archive.GroupResource;
import io.velerojava.archive.ItemKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The other backed-up items an item brings along, restored just before it, as Velero's built-in restore item
 * actions return them: a bound claim's volume ({@code velero.io/add-pv-from-pvc}, judged on the backed-up status),
 * a pod's claims ({@code velero.io/add-pvc-from-pod}) and its priority class ({@code velero.io/pod}).
 */
final class AdditionalItems {

    static final GroupResource PODS = GroupResource.core("pods");
    static final GroupResource PERSISTENT_VOLUME_CLAIMS = GroupResource.core("persistentvolumeclaims");
    static final GroupResource PERSISTENT_VOLUMES = GroupResource.core("persistentvolumes");
    static final GroupResource PRIORITY_CLASSES = new GroupResource("scheduling.k8s.io", "priorityclasses");

    /** Every type an additional item can have. */
    static final Set<GroupResource> TYPES = Set.of(PERSISTENT_VOLUME_CLAIMS, PERSISTENT_VOLUMES, PRIORITY_CLASSES);

    private AdditionalItems() {
    }

    /** @param backedUp the item as backed up, status included */
    static List<ItemKey> of(ItemKey item, ObjectNode backedUp) {
        List<ItemKey> additional = new ArrayList<>();
        JsonNode spec = backedUp.path("spec");
        if (item.groupResource().equals(PERSISTENT_VOLUME_CLAIMS)
                && backedUp.path("status").path("phase").asText().equals("Bound")) {
            addIfNamed(additional, PERSISTENT_VOLUMES, null, spec.path("volumeName").asText());
        }
        if (item.groupResource().equals(PODS)) {
            String namespace = item.namespace().orElseThrow();
            for (JsonNode volume : spec.path("volumes")) {
                addIfNamed(additional, PERSISTENT_VOLUME_CLAIMS, namespace,
                        volume.path("persistentVolumeClaim").path("claimName").asText());
            }
            addIfNamed(additional, PRIORITY_CLASSES, null, spec.path("priorityClassName").asText());
        }
        return additional;
    }

    /** Adds the item if named; a name no object can have (say {@code ../x}) cannot be in the backup either. */
    private static void addIfNamed(List<ItemKey> additional, GroupResource type, String namespace, String name) {
        if (name.isEmpty()) {
            return;
        }
        try {
            additional.add(namespace == null ? ItemKey.clusterScoped(type, name)
                    : ItemKey.namespaced(type, namespace, name));
        } catch (IllegalArgumentException notAName) {
            // Nothing to restore.
        }
    }
}
