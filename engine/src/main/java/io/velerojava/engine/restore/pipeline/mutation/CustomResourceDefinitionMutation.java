package io.velerojava.engine.restore.pipeline.mutation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * CustomResourceDefinitions: {@code apiextensions.k8s.io/v1} rejects {@code preserveUnknownFields: true}, so it is
 * expressed per version schema instead, as Velero does.
 */
final class CustomResourceDefinitionMutation implements ItemMutation {

    @Override
    public void apply(ObjectNode item, MutationContext context) {
        if (!(item.get("spec") instanceof ObjectNode spec) || !spec.path("preserveUnknownFields").asBoolean(false)) {
            return;
        }
        spec.put("preserveUnknownFields", false);
        for (JsonNode version : spec.path("versions")) {
            if (version.path("schema").get("openAPIV3Schema") instanceof ObjectNode schema) {
                schema.put("x-kubernetes-preserve-unknown-fields", true);
            }
        }
    }
}
