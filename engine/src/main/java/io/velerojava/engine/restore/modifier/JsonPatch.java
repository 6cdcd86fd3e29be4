package io.velerojava.engine.restore.modifier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.zjsonpatch.CompatibilityFlags;
import io.fabric8.zjsonpatch.JsonPatchException;
import io.fabric8.zjsonpatch.Operation;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/** RFC 6902 operations ({@code patches} of a rule), applied together: all of them or, if one fails, none. */
record JsonPatch(List<Op> operations) implements ItemPatch {

    /** As RFC 6902 (and Velero's library): removing a path the item does not have fails. */
    private static final EnumSet<CompatibilityFlags> STRICT = EnumSet.of(CompatibilityFlags.FORBID_REMOVE_MISSING_OBJECT);

    /** One operation; {@code value} only for add, replace and test, {@code from} only for move and copy. */
    record Op(Operation operation, String path, Optional<String> from, Optional<JsonNode> value) {
    }

    @Override
    public Optional<ObjectNode> apply(ObjectNode item) throws PatchFailedException {
        JsonNode patched;
        try {
            patched = io.fabric8.zjsonpatch.JsonPatch.apply(document(), item, STRICT);
        } catch (JsonPatchException e) {
            if (e.getOperation() == Operation.TEST) {
                return Optional.empty();
            }
            throw new PatchFailedException("JSON Patch failed: " + e.getMessage());
        }
        if (!(patched instanceof ObjectNode object)) {
            throw new PatchFailedException("JSON Patch turned the item into " + patched.getNodeType()
                    + ", not an object");
        }
        return Optional.of(object);
    }

    private ArrayNode document() {
        ArrayNode document = JsonNodeFactory.instance.arrayNode();
        for (Op op : operations) {
            ObjectNode json = document.addObject();
            json.put("op", op.operation().rfcName());
            json.put("path", op.path());
            op.from().ifPresent(from -> json.put("from", from));
            op.value().ifPresent(value -> json.set("value", value));
        }
        return document;
    }
}
