package io.velerojava.engine.restore.modifier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** RFC 7386 JSON merge patches ({@code mergePatches} of a rule): objects merge, {@code null} deletes, the rest replaces. */
record JsonMergePatch(List<ObjectNode> patches) implements ItemPatch {

    @Override
    public Optional<ObjectNode> apply(ObjectNode item) {
        ObjectNode patched = item.deepCopy();
        for (ObjectNode patch : patches) {
            merge(patched, patch);
        }
        return Optional.of(patched);
    }

    /** Merges {@code patch} into {@code target} in place. */
    static void merge(ObjectNode target, ObjectNode patch) {
        for (Iterator<Map.Entry<String, JsonNode>> fields = patch.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode value = field.getValue();
            if (value.isNull()) {
                target.remove(field.getKey());
            } else if (value instanceof ObjectNode object) {
                ObjectNode nested = target.get(field.getKey()) instanceof ObjectNode existing ? existing
                        : target.putObject(field.getKey());
                merge(nested, object);
            } else {
                target.set(field.getKey(), value.deepCopy());
            }
        }
    }
}
