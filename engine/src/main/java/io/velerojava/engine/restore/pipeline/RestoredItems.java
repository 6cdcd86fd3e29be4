package io.velerojava.engine.restore.pipeline;

import io.velerojava.archive.GroupResource;
import io.velerojava.archive.ItemKey;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Makes sure a restore run restores each item once, although an item may be reached twice: from its own type's
 * tier and as another item's additional item. Only types that can be additional items are tracked, so memory
 * grows with those alone. Items are keyed by where they are restored to (type, target namespace, name).
 */
final class RestoredItems {

    private final Set<GroupResource> trackedTypes;
    private final Map<ItemKey, CompletableFuture<Void>> started = new ConcurrentHashMap<>();

    RestoredItems(Set<GroupResource> trackedTypes) {
        this.trackedTypes = Set.copyOf(trackedTypes);
    }

    /**
     * Whether the caller is the first to restore the item; it must then call {@link #finish} when done, even if
     * it failed.
     */
    boolean start(ItemKey target) {
        return !trackedTypes.contains(target.groupResource())
                || started.putIfAbsent(target, new CompletableFuture<>()) == null;
    }

    void finish(ItemKey target) {
        CompletableFuture<Void> restoring = started.get(target);
        if (restoring != null) {
            restoring.complete(null);
        }
    }

    /** Waits until the worker that started the item has finished it. */
    void awaitFinished(ItemKey target) {
        CompletableFuture<Void> restoring = started.get(target);
        if (restoring != null) {
            restoring.join();
        }
    }
}
