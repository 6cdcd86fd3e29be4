package io.velerojava.server.restore;

import static org.assertj.core.api.Assertions.assertThat;

import io.velerojava.api.v1.RestorePhase;
import io.velerojava.api.v1.RestoreStatus;
import io.velerojava.engine.restore.HookCounts;
import io.velerojava.engine.restore.RestoreOutcome;
import io.velerojava.engine.restore.RestoreResults;
import io.velerojava.engine.restore.RestoredResourceList;
import io.velerojava.engine.restore.ScopedMessages;
import io.velerojava.engine.restore.ScopedMessagesCollector;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RestoreCompletionTest {

    @Test
    void itemErrorsMakeARestorePartiallyFailedAndAWholeFailureFailed() {
        ScopedMessagesCollector errors = new ScopedMessagesCollector();
        errors.addNamespace("app", "error restoring configmaps/app/c: forbidden");
        RestoreOutcome partial = new RestoreOutcome(new RestoreResults(ScopedMessages.EMPTY, errors.snapshot()),
                new RestoredResourceList.Builder().build(), 3, 3, HookCounts.NONE, Optional.empty());
        RestoreOutcome clean = new RestoreOutcome(new RestoreResults(ScopedMessages.EMPTY, ScopedMessages.EMPTY),
                new RestoredResourceList.Builder().build(), 3, 3, HookCounts.NONE, Optional.empty());

        assertThat(RestoreCompletion.phase(partial)).isEqualTo(RestorePhase.PARTIALLY_FAILED);
        assertThat(RestoreCompletion.phase(clean)).isEqualTo(RestorePhase.COMPLETED);
        assertThat(RestoreCompletion.phase(RestoreOutcome.failedBeforeStart("no tarball")))
                .isEqualTo(RestorePhase.FAILED);
    }

    @Test
    void completionRecordsCountsProgressAndTimeInWholeSeconds() {
        ScopedMessagesCollector warnings = new ScopedMessagesCollector();
        warnings.addCluster("w1");
        warnings.addNamespace("app", "w2");
        RestoreOutcome outcome = new RestoreOutcome(new RestoreResults(warnings.snapshot(), ScopedMessages.EMPTY),
                new RestoredResourceList.Builder().build(), 10, 9, HookCounts.NONE, Optional.empty());
        RestoreStatus status = new RestoreStatus();

        RestoreCompletion.complete(status, outcome, Instant.parse("2026-11-27T08:00:01.750Z"));

        assertThat(status.getPhase()).isEqualTo(RestorePhase.COMPLETED);
        assertThat(status.getWarnings()).isEqualTo(2);
        assertThat(status.getErrors()).isZero();
        assertThat(status.getFailureReason()).isNull();
        assertThat(status.getCompletionTimestamp()).isEqualTo("2026-11-27T08:00:01Z");
        assertThat(status.getProgress().getTotalItems()).isEqualTo(10);
        assertThat(status.getProgress().getItemsRestored()).isEqualTo(9);
        assertThat(status.getHookStatus()).as("no hook status without hooks, as Velero").isNull();
    }

    @Test
    void completionRecordsTheExecHooksAttemptedAndFailed() {
        RestoreOutcome outcome = new RestoreOutcome(new RestoreResults(ScopedMessages.EMPTY, ScopedMessages.EMPTY),
                new RestoredResourceList.Builder().build(), 1, 1, new HookCounts(3, 1), Optional.empty());
        RestoreStatus status = new RestoreStatus();

        RestoreCompletion.complete(status, outcome, Instant.parse("2026-11-27T08:00:01Z"));

        assertThat(status.getHookStatus().getHooksAttempted()).isEqualTo(3);
        assertThat(status.getHookStatus().getHooksFailed()).isEqualTo(1);
    }
}
