package io.velerojava.repository.maintenance;

import java.time.Duration;

/**
 * Safety margins for maintenance (see "Maintenance safety" in docs/design/repository-format.md).
 *
 * @param gracePeriod       contents and packs younger than this are never touched, and a pack retired by one run is
 *                          deleted by a run at least this much later. It must exceed the time one maintenance run
 *                          takes and any clock skew between writers. Zero is only safe when nothing else uses the
 *                          repository (tests, offline maintenance).
 * @param staleSessionAge   a writer's session marker older than this is treated as left by a crashed writer. It must
 *                          exceed the longest backup (Velero's {@code --fs-backup-timeout} defaults to 4h).
 * @param repackBelowLiveFraction packs whose live bytes are below this fraction of their size are rewritten
 */
public record MaintenanceOptions(Duration gracePeriod, Duration staleSessionAge, double repackBelowLiveFraction) {

    public static final MaintenanceOptions DEFAULT = new MaintenanceOptions(Duration.ofHours(1), Duration.ofHours(24),
            0.5);

    public MaintenanceOptions {
        if (gracePeriod.isNegative() || staleSessionAge.isNegative()) {
            throw new IllegalArgumentException("maintenance durations must not be negative");
        }
        if (repackBelowLiveFraction < 0 || repackBelowLiveFraction > 1) {
            throw new IllegalArgumentException("repackBelowLiveFraction must be in [0, 1]");
        }
    }

    public MaintenanceOptions withGracePeriod(Duration grace) {
        return new MaintenanceOptions(grace, staleSessionAge, repackBelowLiveFraction);
    }
}
