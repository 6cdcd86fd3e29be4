package io.velerojava.server.schedule;

import io.velerojava.api.v1.ScheduleStatus;
import java.util.Objects;

/**
 * The outcome of evaluating a Schedule: its new status, whether the one-shot {@code spec.skipImmediately} was
 * used up (and must be written back as {@code false}), and what to do about a run.
 */
record SchedulePlan(ScheduleStatus status, SkipImmediatelyUse skipImmediately, ScheduleRun run) {

    /** Whether this evaluation consumed {@code spec.skipImmediately}. */
    enum SkipImmediatelyUse { UNTOUCHED, CONSUMED }

    SchedulePlan {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(skipImmediately, "skipImmediately");
        Objects.requireNonNull(run, "run");
    }
}
