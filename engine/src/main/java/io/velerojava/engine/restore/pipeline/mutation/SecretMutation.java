package io.velerojava.engine.restore.pipeline.mutation;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * Service-account token Secrets: the token and CA were issued for the old service account's UID; the token
 * controller fills them in again for the restored one.
 */
final class SecretMutation implements ItemMutation {

    private static final String SERVICE_ACCOUNT_TOKEN = "kubernetes.io/service-account-token";

    @Override
    public void apply(ObjectNode item, MutationContext context) {
        if (!SERVICE_ACCOUNT_TOKEN.equals(item.path("type").asText())) {
            return;
        }
        if (item.path("metadata").get("annotations") instanceof ObjectNode annotations) {
            annotations.remove("kubernetes.io/service-account.uid");
        }
        if (item.get("data") instanceof ObjectNode data) {
            data.remove(List.of("token", "ca.crt"));
        }
    }
}
