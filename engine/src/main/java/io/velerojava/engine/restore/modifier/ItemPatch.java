package io.velerojava.engine.restore.modifier;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;

/** The patches of one rule, all of one kind (JSON Patch, JSON merge patch or strategic merge patch). */
sealed interface ItemPatch permits JsonPatch, JsonMergePatch, StrategicMergePatch {

    /**
     * The item with the patches applied in order; the item itself is not changed. Empty when a JSON Patch
     * {@code test} operation does not hold, in which case Velero leaves the item as it is.
     *
     * @throws PatchFailedException if a patch cannot be applied to this item
     */
    Optional<ObjectNode> apply(ObjectNode item) throws PatchFailedException;

    /** A patch that does not apply to an item, such as one removing a path the item does not have. */
    final class PatchFailedException extends Exception {

        PatchFailedException(String message) {
            super(message);
        }
    }
}
