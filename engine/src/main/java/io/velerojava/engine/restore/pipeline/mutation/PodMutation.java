package io.velerojava.engine.restore.pipeline.mutation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;

/**
 * Pods ({@code velero.io/pod}): the scheduler picks a node again, the priority follows the priority class, and
 * the legacy service-account token volume ({@code <serviceAccount>-token-*}) is dropped with its mounts.
 */
final class PodMutation implements ItemMutation {

    @Override
    public void apply(ObjectNode item, MutationContext context) {
        if (!(item.get("spec") instanceof ObjectNode spec)) {
            return;
        }
        spec.remove("nodeName");
        spec.remove("priority");
        String tokenPrefix = spec.path("serviceAccountName").asText("default") + "-token-";
        Set<String> removed = new HashSet<>();
        if (spec.get("volumes") instanceof ArrayNode volumes) {
            for (Iterator<JsonNode> it = volumes.elements(); it.hasNext(); ) {
                String name = it.next().path("name").asText();
                if (name.startsWith(tokenPrefix)) {
                    removed.add(name);
                    it.remove();
                }
            }
        }
        if (!removed.isEmpty()) {
            removeMounts(spec.get("containers"), removed);
            removeMounts(spec.get("initContainers"), removed);
        }
    }

    private static void removeMounts(JsonNode containers, Set<String> volumes) {
        if (containers == null) {
            return;
        }
        for (JsonNode container : containers) {
            if (container.get("volumeMounts") instanceof ArrayNode mounts) {
                for (Iterator<JsonNode> it = mounts.elements(); it.hasNext(); ) {
                    if (volumes.contains(it.next().path("name").asText())) {
                        it.remove();
                    }
                }
            }
        }
    }
}
