package io.velerojava.engine.restore.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * How an object already in the cluster differs from the one a restore wants, as the JSON merge patch that
 * puts it back into the backed-up state.
 *
 * <p>A plain diff would call nearly every object different: the cluster fills in fields the restore clears on
 * purpose (a Service's {@code clusterIP}, a Pod's {@code nodeName}, assigned {@code nodePort}s). So a field
 * present in the cluster but missing from the desired object is removed only if the backed-up original lacked
 * it too, that is, if it was added after the backup; otherwise the cluster's value stays. Arrays of equal length
 * are merged element by element under the same rule, so a port list keeps its assigned node ports. Server-set
 * metadata, {@code managedFields} and {@code status} never take part.
 */
public record ExistingObjectDiff(ObjectNode mergePatch) {

    /** What happens to fields the cluster has and the desired object lacks. */
    public enum AddedFields {
        /** Remove fields added after the backup: the object returns to its backed-up state. */
        REMOVE,
        /** Keep every field of the cluster's object: the backed-up state is merged into it. */
        KEEP
    }

    private static final List<String> IGNORED_METADATA = List.of("generateName", "selfLink", "uid",
            "resourceVersion", "generation", "creationTimestamp", "deletionTimestamp", "deletionGracePeriodSeconds",
            "ownerReferences", "managedFields");

    /**
     * @param inCluster the object as the cluster returned it
     * @param desired   the object the restore would create (transformed, with restore labels)
     * @param original  the object as backed up, before any restore transformation
     */
    public static ExistingObjectDiff between(ObjectNode inCluster, ObjectNode desired, ObjectNode original,
                                             AddedFields addedFields) {
        ObjectNode current = comparable(inCluster);
        ObjectNode target = (ObjectNode) merged(current, comparable(desired), comparable(original), addedFields);
        return new ExistingObjectDiff(mergePatch(current, target));
    }

    /** Whether the cluster's object already is in the desired state. */
    public boolean isEmpty() {
        return mergePatch.isEmpty();
    }

    private static ObjectNode comparable(ObjectNode object) {
        ObjectNode copy = object.deepCopy();
        copy.remove("status");
        if (copy.get("metadata") instanceof ObjectNode metadata) {
            metadata.remove(IGNORED_METADATA);
        }
        return copy;
    }

    /** The state the object should end up in. */
    private static JsonNode merged(JsonNode current, JsonNode desired, JsonNode original, AddedFields addedFields) {
        if (current instanceof ObjectNode currentObject && desired instanceof ObjectNode desiredObject) {
            ObjectNode result = JsonNodeFactory.instance.objectNode();
            for (Iterator<Map.Entry<String, JsonNode>> it = desiredObject.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                JsonNode currentValue = currentObject.get(field.getKey());
                result.set(field.getKey(), currentValue == null
                        ? field.getValue()
                        : merged(currentValue, field.getValue(), child(original, field.getKey()), addedFields));
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = currentObject.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                boolean clearedByRestore = original != null && original.has(field.getKey());
                if (!desiredObject.has(field.getKey()) && (clearedByRestore || addedFields == AddedFields.KEEP)) {
                    result.set(field.getKey(), field.getValue());
                }
            }
            return result;
        }
        if (current instanceof ArrayNode currentArray && desired instanceof ArrayNode desiredArray
                && currentArray.size() == desiredArray.size()) {
            ArrayNode result = JsonNodeFactory.instance.arrayNode();
            for (int i = 0; i < desiredArray.size(); i++) {
                JsonNode originalElement = original instanceof ArrayNode originalArray ? originalArray.get(i) : null;
                result.add(merged(currentArray.get(i), desiredArray.get(i), originalElement, addedFields));
            }
            return result;
        }
        return desired;
    }

    private static JsonNode child(JsonNode node, String field) {
        return node instanceof ObjectNode object ? object.get(field) : null;
    }

    /** RFC 7386 merge patch turning {@code from} into {@code to}. */
    private static ObjectNode mergePatch(ObjectNode from, ObjectNode to) {
        ObjectNode patch = JsonNodeFactory.instance.objectNode();
        for (Iterator<Map.Entry<String, JsonNode>> it = to.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            JsonNode before = from.get(field.getKey());
            JsonNode after = field.getValue();
            if (before instanceof ObjectNode beforeObject && after instanceof ObjectNode afterObject) {
                ObjectNode nested = mergePatch(beforeObject, afterObject);
                if (!nested.isEmpty()) {
                    patch.set(field.getKey(), nested);
                }
            } else if (!after.equals(before) && !(after.isNull() && before == null)) {
                patch.set(field.getKey(), after);
            }
        }
        for (Iterator<String> it = from.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!to.has(name)) {
                patch.set(name, NullNode.getInstance());
            }
        }
        return patch;
    }
}
