package io.velerojava.engine.restore.modifier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Kubernetes strategic merge patches ({@code strategicPatches} of a rule) for the common case, without the API
 * schema Velero takes from its type registry: objects merge and {@code null} deletes as in a JSON merge patch, and
 * the lists the Kubernetes API merges by key are merged by that key wherever they appear - {@code containers},
 * {@code initContainers}, {@code ephemeralContainers}, {@code volumes}, {@code env}, {@code imagePullSecrets},
 * {@code resourceClaims} by {@code name}; {@code volumeMounts} by {@code mountPath}; {@code volumeDevices} by
 * {@code devicePath}; a container's {@code ports} by {@code containerPort}, other {@code ports} by {@code port};
 * {@code hostAliases} by {@code ip}; {@code topologySpreadConstraints} by {@code topologyKey};
 * {@code ownerReferences} by {@code uid}. {@code finalizers} is merged as a set. Every other list is replaced.
 * The directives {@code $patch: replace|delete|merge} (on objects and list elements) and
 * {@code $deleteFromPrimitiveList/<list>} are supported; others ({@code $retainKeys}, {@code $setElementOrder})
 * are rejected when the rules are read. Unlike Velero, custom resources can be patched too (with these rules),
 * and no field is checked against a schema: the API server rejects what is invalid when the item is created.
 */
record StrategicMergePatch(List<ObjectNode> patches) implements ItemPatch {

    private static final String PATCH = "$patch";
    private static final String DELETE_FROM_PRIMITIVE_LIST = "$deleteFromPrimitiveList/";
    private static final Set<String> CONTAINER_LISTS = Set.of("containers", "initContainers", "ephemeralContainers");
    private static final Map<String, String> MERGE_KEYS = Map.ofEntries(
            Map.entry("containers", "name"), Map.entry("initContainers", "name"),
            Map.entry("ephemeralContainers", "name"), Map.entry("volumes", "name"), Map.entry("env", "name"),
            Map.entry("imagePullSecrets", "name"), Map.entry("resourceClaims", "name"),
            Map.entry("volumeMounts", "mountPath"), Map.entry("volumeDevices", "devicePath"),
            Map.entry("hostAliases", "ip"), Map.entry("topologySpreadConstraints", "topologyKey"),
            Map.entry("ownerReferences", "uid"));
    private static final Set<String> SET_LISTS = Set.of("finalizers");

    /** Why the patch cannot be used at all; checked when the rules are read. */
    static Optional<String> unsupportedDirective(JsonNode patch) {
        if (patch instanceof ObjectNode object) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = object.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                String key = field.getKey();
                if (key.startsWith("$") && !key.equals(PATCH) && !key.startsWith(DELETE_FROM_PRIMITIVE_LIST)) {
                    return Optional.of("the strategic merge patch directive " + key + " is not supported");
                }
                if (key.equals(PATCH) && !Set.of("replace", "delete", "merge").contains(field.getValue().asText())) {
                    return Optional.of("$patch: " + field.getValue() + " is not one of replace, delete, merge");
                }
                Optional<String> nested = unsupportedDirective(field.getValue());
                if (nested.isPresent()) {
                    return nested;
                }
            }
        } else if (patch instanceof ArrayNode array) {
            for (JsonNode element : array) {
                Optional<String> nested = unsupportedDirective(element);
                if (nested.isPresent()) {
                    return nested;
                }
            }
        }
        return Optional.empty();
    }

    @Override
    public Optional<ObjectNode> apply(ObjectNode item) throws PatchFailedException {
        ObjectNode patched = item.deepCopy();
        for (ObjectNode patch : patches) {
            patched = mergeObject(patched, patch, false);
        }
        return Optional.of(patched);
    }

    /** {@code patch} merged into {@code target} (changed in place unless the patch replaces it). */
    private static ObjectNode mergeObject(ObjectNode target, ObjectNode patch, boolean isContainer)
            throws PatchFailedException {
        if ("replace".equals(patch.path(PATCH).asText())) {
            ObjectNode replacement = patch.deepCopy();
            replacement.remove(PATCH);
            return replacement;
        }
        for (Iterator<Map.Entry<String, JsonNode>> fields = patch.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            String key = field.getKey();
            JsonNode value = field.getValue();
            if (key.equals(PATCH)) {
                continue;
            }
            if (key.startsWith(DELETE_FROM_PRIMITIVE_LIST)) {
                deleteFromPrimitiveList(target, key.substring(DELETE_FROM_PRIMITIVE_LIST.length()), value);
            } else if (value.isNull() || "delete".equals(value.path(PATCH).asText())) {
                target.remove(key);
            } else if (value instanceof ObjectNode object) {
                ObjectNode existing = target.get(key) instanceof ObjectNode current ? current
                        : JsonNodeFactory.instance.objectNode();
                target.set(key, mergeObject(existing, object, false));
            } else if (value instanceof ArrayNode list) {
                target.set(key, mergeList(key, isContainer, target.get(key), list));
            } else {
                target.set(key, value.deepCopy());
            }
        }
        return target;
    }

    private static ArrayNode mergeList(String field, boolean inContainer, JsonNode current, ArrayNode patch)
            throws PatchFailedException {
        ArrayNode existing = current instanceof ArrayNode list ? list.deepCopy() : JsonNodeFactory.instance.arrayNode();
        if (SET_LISTS.contains(field)) {
            patch.forEach(value -> {
                if (!contains(existing, value)) {
                    existing.add(value.deepCopy());
                }
            });
            return existing;
        }
        Optional<String> mergeKey = mergeKey(field, inContainer);
        boolean replaceList = false;
        for (JsonNode element : patch) {
            if ("replace".equals(element.path(PATCH).asText()) && element.size() == 1) {
                replaceList = true;
            }
        }
        if (mergeKey.isEmpty() || replaceList) {
            ArrayNode replacement = JsonNodeFactory.instance.arrayNode();
            patch.forEach(element -> {
                if (!(element.has(PATCH) && element.size() == 1)) {
                    replacement.add(element.deepCopy());
                }
            });
            return replacement;
        }
        String key = mergeKey.get();
        for (JsonNode element : patch) {
            JsonNode keyValue = element.get(key);
            if (!(element instanceof ObjectNode patchElement) || keyValue == null) {
                throw new PatchFailedException("strategic merge patch: an element of " + field + " has no " + key
                        + ", by which " + field + " are merged");
            }
            int index = indexOf(existing, key, keyValue);
            if ("delete".equals(patchElement.path(PATCH).asText())) {
                if (index >= 0) {
                    existing.remove(index);
                }
            } else if (index >= 0) {
                existing.set(index, mergeObject((ObjectNode) existing.get(index), patchElement,
                        CONTAINER_LISTS.contains(field)));
            } else {
                ObjectNode added = patchElement.deepCopy();
                added.remove(PATCH);
                existing.add(added);
            }
        }
        return existing;
    }

    private static Optional<String> mergeKey(String field, boolean inContainer) {
        if (field.equals("ports")) {
            return Optional.of(inContainer ? "containerPort" : "port");
        }
        return Optional.ofNullable(MERGE_KEYS.get(field));
    }

    private static void deleteFromPrimitiveList(ObjectNode target, String field, JsonNode values) {
        if (target.get(field) instanceof ArrayNode list) {
            List<JsonNode> kept = new ArrayList<>();
            list.forEach(value -> {
                if (!contains(values, value)) {
                    kept.add(value);
                }
            });
            list.removeAll();
            list.addAll(kept);
        }
    }

    private static boolean contains(JsonNode list, JsonNode value) {
        for (JsonNode element : list) {
            if (element.equals(value)) {
                return true;
            }
        }
        return false;
    }

    private static int indexOf(ArrayNode list, String key, JsonNode keyValue) {
        for (int i = 0; i < list.size(); i++) {
            if (keyValue.equals(list.get(i).get(key))) {
                return i;
            }
        }
        return -1;
    }
}
