package io.velerojava.engine.restore.hooks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.velerojava.engine.podvolume.RestoreWaitContainer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Init-container restore hooks: adds the init containers of the pod's annotations, or else of every matching
 * entry of the Restore's spec, to the pod before it is created - ahead of the pod's own init containers and after
 * the file-system restore's {@code restore-wait} container, so they see the restored volume data (Velero's order).
 */
final class InitContainerHooks {

    private final List<RestoreHookEntry> entries;
    private final Supplier<String> randomSuffix;

    InitContainerHooks(List<RestoreHookEntry> entries, Supplier<String> randomSuffix) {
        this.entries = entries;
        this.randomSuffix = randomSuffix;
    }

    /**
     * Adds the hook containers to {@code pod} (about to be created in {@code targetNamespace}); which apply is
     * decided on the pod's backed-up annotations and labels. A hook container named like one the pod already has
     * is left out (the pod was backed up after an earlier restore added it), so the pod can still be created.
     *
     * @return the names of the containers added
     */
    List<String> addTo(ObjectNode pod, ObjectNode backedUp, String targetNamespace) {
        List<ObjectNode> hookContainers = hookContainers(backedUp, targetNamespace);
        if (hookContainers.isEmpty()) {
            return List.of();
        }
        ObjectNode spec = pod.withObjectProperty("spec");
        ArrayNode existing = spec.get("initContainers") instanceof ArrayNode list ? list
                : JsonNodeFactory.instance.arrayNode();
        Set<String> names = new HashSet<>();
        existing.forEach(container -> names.add(container.path("name").asText()));
        ArrayNode ordered = JsonNodeFactory.instance.arrayNode();
        int rest = 0;
        if (!existing.isEmpty() && RestoreWaitContainer.NAME.equals(existing.get(0).path("name").asText())) {
            ordered.add(existing.get(0));
            rest = 1;
        }
        List<String> added = new ArrayList<>();
        for (ObjectNode container : hookContainers) {
            String name = container.path("name").asText();
            if (names.add(name)) {
                ordered.add(container);
                added.add(name);
            }
        }
        for (int i = rest; i < existing.size(); i++) {
            ordered.add(existing.get(i));
        }
        spec.set("initContainers", ordered);
        return added;
    }

    private List<ObjectNode> hookContainers(ObjectNode backedUp, String targetNamespace) {
        JsonNode metadata = backedUp.path("metadata");
        Optional<ObjectNode> fromAnnotations = HookAnnotations.initContainer(strings(metadata.path("annotations")),
                randomSuffix);
        if (fromAnnotations.isPresent()) {
            return List.of(fromAnnotations.get());
        }
        Map<String, String> labels = strings(metadata.path("labels"));
        List<ObjectNode> containers = new ArrayList<>();
        for (RestoreHookEntry entry : entries) {
            if (!entry.selector().appliesTo(targetNamespace, labels)) {
                continue;
            }
            entry.hooks().stream().filter(hook -> hook.getInit() != null && hook.getInit().getInitContainers() != null)
                    .flatMap(hook -> hook.getInit().getInitContainers().stream())
                    .filter(JsonNode::isObject)
                    .forEach(container -> containers.add((ObjectNode) container.deepCopy()));
        }
        return containers;
    }

    static Map<String, String> strings(JsonNode object) {
        Map<String, String> values = new HashMap<>();
        object.fields().forEachRemaining(field -> values.put(field.getKey(), field.getValue().asText()));
        return values;
    }
}
