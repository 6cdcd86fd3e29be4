package io.velerojava.engine.restore.pipeline.mutation;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * PersistentVolumes restored as they are (no snapshot, reclaim policy not Delete): the binding to the old claim
 * is reset and its namespace follows the namespace mapping, so the restored claim binds to it.
 */
final class PersistentVolumeMutation implements ItemMutation {

    private static final List<String> BINDING_ANNOTATIONS = List.of("pv.kubernetes.io/bind-completed",
            "pv.kubernetes.io/bound-by-controller");

    @Override
    public void apply(ObjectNode item, MutationContext context) {
        if (item.path("metadata").get("annotations") instanceof ObjectNode annotations) {
            annotations.remove(BINDING_ANNOTATIONS);
        }
        if (item.path("spec").get("claimRef") instanceof ObjectNode claimRef) {
            claimRef.remove(List.of("uid", "resourceVersion"));
            if (claimRef.has("namespace")) {
                claimRef.put("namespace", context.targetNamespace(claimRef.get("namespace").asText()));
            }
        }
    }
}
