package io.velerojava.server.restore;

import io.velerojava.api.v1.HookStatus;
import io.velerojava.api.v1.RestorePhase;
import io.velerojava.api.v1.RestoreProgress;
import io.velerojava.api.v1.RestoreStatus;
import io.velerojava.engine.restore.RestoreOutcome;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** The final status of a restore from what the engine reported. */
final class RestoreCompletion {

    private RestoreCompletion() {
    }

    /** Failed if the restore as a whole failed, PartiallyFailed if any item failed, else Completed. */
    static RestorePhase phase(RestoreOutcome outcome) {
        if (outcome.failed()) {
            return RestorePhase.FAILED;
        }
        return outcome.results().errors().isEmpty() ? RestorePhase.COMPLETED : RestorePhase.PARTIALLY_FAILED;
    }

    static void complete(RestoreStatus status, RestoreOutcome outcome, Instant now) {
        status.setPhase(phase(outcome));
        status.setFailureReason(outcome.failureReason().orElse(null));
        status.setWarnings(outcome.results().warnings().count());
        status.setErrors(outcome.results().errors().count());
        status.setCompletionTimestamp(timestamp(now));
        RestoreProgress progress = new RestoreProgress();
        progress.setTotalItems(outcome.totalItems());
        progress.setItemsRestored(outcome.itemsRestored());
        status.setProgress(progress);
        if (outcome.hooks().attempted() > 0) {
            HookStatus hooks = new HookStatus();
            hooks.setHooksAttempted(outcome.hooks().attempted());
            hooks.setHooksFailed(outcome.hooks().failed());
            status.setHookStatus(hooks);
        }
    }

    /** RFC 3339 in whole seconds, as Kubernetes serializes {@code metav1.Time}. */
    static String timestamp(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
