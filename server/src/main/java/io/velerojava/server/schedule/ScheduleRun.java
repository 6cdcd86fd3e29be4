package io.velerojava.server.schedule;

import java.time.Instant;

/** What the schedule controller does about a schedule's run at one moment. */
sealed interface ScheduleRun {

    /** The schedule creates nothing, for {@code reason}. */
    record Inactive(Reason reason) implements ScheduleRun {

        enum Reason {
            PAUSED,
            FAILED_VALIDATION,
            /** The cron expression names no time within five years, such as February 30th. */
            NEVER_DUE
        }
    }

    /** The next run is in the future. */
    record NotDue(Instant nextRun) implements ScheduleRun {
    }

    /** A run is due but a backup of this schedule has not finished yet; runs never overlap. */
    record WaitForRunning(String backupName) implements ScheduleRun {
    }

    /**
     * A run is due and a backup of this schedule was already created for it, by this server before it could record
     * {@code status.lastBackup} (a crash or a lost leadership in between): that backup is the run.
     */
    record AdoptExisting(String backupName, Instant createdAt) implements ScheduleRun {
    }

    /** A run is due: create this backup. */
    record CreateBackup(String backupName) implements ScheduleRun {
    }
}
