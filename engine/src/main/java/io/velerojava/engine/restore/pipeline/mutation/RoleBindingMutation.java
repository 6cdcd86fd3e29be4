package io.velerojava.engine.restore.pipeline.mutation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** RoleBindings and ClusterRoleBindings: subjects in mapped namespaces follow their namespace. */
final class RoleBindingMutation implements ItemMutation {

    @Override
    public void apply(ObjectNode item, MutationContext context) {
        for (JsonNode subject : item.path("subjects")) {
            if (subject instanceof ObjectNode subjectObject && subjectObject.has("namespace")) {
                subjectObject.put("namespace", context.targetNamespace(subjectObject.get("namespace").asText()));
            }
        }
    }
}
