package io.velerojava.engine.restore.pipeline;

import io.velerojava.archive.GroupResource;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Resource types whose items may be restored concurrently; a tier starts only when the one before it is done.
 */
public record RestoreTier(List<GroupResource> types) {

    public RestoreTier {
        types = List.copyOf(types);
        if (types.isEmpty()) {
            throw new IllegalArgumentException("a restore tier needs at least one resource type");
        }
    }

    /**
     * Splits types in restore order into tiers: every prioritized type is a tier of its own, because the priority
     * list exists to order those types, while each run of consecutive unprioritized types (Velero restores them
     * alphabetically only for determinism) becomes one tier.
     *
     * @param orderedTypes every type to restore, in restore order
     * @param prioritized  the types named in the high or low priority list
     */
    public static List<RestoreTier> split(List<GroupResource> orderedTypes, Set<GroupResource> prioritized) {
        List<RestoreTier> tiers = new ArrayList<>();
        List<GroupResource> run = new ArrayList<>();
        for (GroupResource type : orderedTypes) {
            if (prioritized.contains(type)) {
                if (!run.isEmpty()) {
                    tiers.add(new RestoreTier(run));
                    run.clear();
                }
                tiers.add(new RestoreTier(List.of(type)));
            } else {
                run.add(type);
            }
        }
        if (!run.isEmpty()) {
            tiers.add(new RestoreTier(run));
        }
        return List.copyOf(tiers);
    }
}
