package io.velerojava.engine.restore.pipeline.mutation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** Jobs ({@code velero.io/job}): the controller-uid labels name the old Job's UID and would select nothing. */
final class JobMutation implements ItemMutation {

    private static final List<String> CONTROLLER_UID_LABELS = List.of("controller-uid",
            "batch.kubernetes.io/controller-uid");

    @Override
    public void apply(ObjectNode item, MutationContext context) {
        JsonNode spec = item.path("spec");
        if (spec.path("selector").get("matchLabels") instanceof ObjectNode matchLabels) {
            matchLabels.remove(CONTROLLER_UID_LABELS);
        }
        if (spec.path("template").path("metadata").get("labels") instanceof ObjectNode templateLabels) {
            templateLabels.remove(CONTROLLER_UID_LABELS);
        }
    }
}
