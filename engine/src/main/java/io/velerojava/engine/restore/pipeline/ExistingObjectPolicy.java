package io.velerojava.engine.restore.pipeline;

import io.velerojava.api.v1.ExistingResourcePolicy;

/** What the restore does with an item that already exists in the cluster and differs from the backup. */
public enum ExistingObjectPolicy {
    /** Leave it and warn; the spec's policy was empty. */
    UNSET,
    /** Leave it and warn ({@code existingResourcePolicy: none}). */
    NONE,
    /** Patch it back to the backed-up state ({@code existingResourcePolicy: update}). */
    UPDATE;

    /**
     * @throws IllegalArgumentException for a policy this version does not know; validation rejects those first
     */
    public static ExistingObjectPolicy of(ExistingResourcePolicy policy) {
        if (policy == null || policy.value().isEmpty()) {
            return UNSET;
        }
        if (policy.equals(ExistingResourcePolicy.NONE)) {
            return NONE;
        }
        if (policy.equals(ExistingResourcePolicy.UPDATE)) {
            return UPDATE;
        }
        throw new IllegalArgumentException("unknown existingResourcePolicy \"" + policy.value()
                + "\"; use none or update");
    }
}
