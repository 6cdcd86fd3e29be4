package io.velerojava.engine.restore.pipeline.mutation;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** A built-in change Velero's restore item actions make to one kind of item before it is created. */
@FunctionalInterface
public interface ItemMutation {

    /** Changes the item in place; it has its backed-up (source) namespace and no server-set metadata. */
    void apply(ObjectNode item, MutationContext context);
}
