package io.velerojava.engine.restore.pipeline;

import io.velerojava.archive.ItemKey;
import java.util.Optional;

/** An item the restore processes, and the namespace it goes into (absent for cluster-scoped items). */
public record PlannedItem(ItemKey item, Optional<String> targetNamespace) {

    public Optional<String> sourceNamespace() {
        return item.namespace();
    }

    public String name() {
        return item.name();
    }
}
