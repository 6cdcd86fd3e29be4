package io.velerojava.engine.restore;

import java.util.Optional;

/**
 * What a restore run produced: results and resource list for the bucket, final progress, the exec hooks run, and
 * why the restore as a whole failed, if it did.
 */
public record RestoreOutcome(RestoreResults results, RestoredResourceList resourceList, int totalItems,
                             int itemsRestored, HookCounts hooks, Optional<String> failureReason) {

    /** A restore that failed before reading its backup, such as when its location cannot be opened. */
    public static RestoreOutcome failedBeforeStart(String reason) {
        ScopedMessagesCollector errors = new ScopedMessagesCollector();
        errors.addVelero(reason);
        return new RestoreOutcome(new RestoreResults(ScopedMessages.EMPTY, errors.snapshot()),
                new RestoredResourceList.Builder().build(), 0, 0, HookCounts.NONE, Optional.of(reason));
    }

    public boolean failed() {
        return failureReason.isPresent();
    }
}
