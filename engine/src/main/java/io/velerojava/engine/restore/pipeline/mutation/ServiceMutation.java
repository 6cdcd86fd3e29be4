package io.velerojava.engine.restore.pipeline.mutation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashSet;
import java.util.Set;

/**
 * Services ({@code velero.io/service}): cluster IPs are assigned anew (unless headless), and node ports too unless
 * {@code preserveNodePorts} is set or the user specified the port (per the last-applied configuration), so the
 * restore does not collide with ports taken in the target cluster. ExternalName services keep their ports.
 */
final class ServiceMutation implements ItemMutation {

    private static final String LAST_APPLIED = "kubectl.kubernetes.io/last-applied-configuration";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public void apply(ObjectNode item, MutationContext context) {
        if (!(item.get("spec") instanceof ObjectNode spec)) {
            return;
        }
        if (!"None".equals(spec.path("clusterIP").asText())) {
            spec.remove("clusterIP");
            spec.remove("clusterIPs");
        }
        if ("ExternalName".equals(spec.path("type").asText()) || context.preserveNodePorts()) {
            return;
        }
        Set<Integer> explicitNodePorts = explicitNodePorts(item);
        if (spec.has("healthCheckNodePort") && !explicitNodePorts.contains(spec.get("healthCheckNodePort").asInt())) {
            spec.remove("healthCheckNodePort");
        }
        for (JsonNode port : spec.path("ports")) {
            if (port instanceof ObjectNode portObject && portObject.has("nodePort")
                    && !explicitNodePorts.contains(portObject.get("nodePort").asInt())) {
                portObject.remove("nodePort");
            }
        }
    }

    private static Set<Integer> explicitNodePorts(ObjectNode item) {
        Set<Integer> ports = new HashSet<>();
        JsonNode lastApplied = item.path("metadata").path("annotations").path(LAST_APPLIED);
        if (!lastApplied.isTextual()) {
            return ports;
        }
        try {
            JsonNode applied = JSON.readTree(lastApplied.asText());
            applied.path("spec").path("ports").forEach(port -> {
                if (port.has("nodePort")) {
                    ports.add(port.get("nodePort").asInt());
                }
            });
            if (applied.path("spec").has("healthCheckNodePort")) {
                ports.add(applied.path("spec").get("healthCheckNodePort").asInt());
            }
        } catch (JsonProcessingException e) {
            // An unreadable annotation specifies nothing; the ports are assigned anew.
        }
        return ports;
    }
}
