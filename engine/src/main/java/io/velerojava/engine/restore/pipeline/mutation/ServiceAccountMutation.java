package io.velerojava.engine.restore.pipeline.mutation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;

/** ServiceAccounts: the legacy token secret ({@code <name>-token-*}) is created anew by the cluster. */
final class ServiceAccountMutation implements ItemMutation {

    @Override
    public void apply(ObjectNode item, MutationContext context) {
        String tokenPrefix = item.path("metadata").path("name").asText() + "-token-";
        if (item.get("secrets") instanceof ArrayNode secrets) {
            for (Iterator<JsonNode> it = secrets.elements(); it.hasNext(); ) {
                if (it.next().path("name").asText().startsWith(tokenPrefix)) {
                    it.remove();
                }
            }
        }
    }
}
