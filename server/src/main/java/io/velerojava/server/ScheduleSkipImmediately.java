package io.velerojava.server;

/**
 * What happens to a schedule's run that is due the moment it is created or unpaused, when the Schedule's
 * {@code spec.skipImmediately} does not say (server flag {@code --schedule-skip-immediately}).
 */
public enum ScheduleSkipImmediately {
    /** Create the backup: Velero's default. */
    RUN,
    /** Skip it and wait for the next time the cron expression names. */
    SKIP;

    /** The flag's boolean value: {@code true} skips. */
    public static ScheduleSkipImmediately of(boolean skip) {
        return skip ? SKIP : RUN;
    }

    public boolean skips() {
        return this == SKIP;
    }
}
