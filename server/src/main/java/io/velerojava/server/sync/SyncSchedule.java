package io.velerojava.server.sync;

import io.velerojava.api.GoDuration;
import io.velerojava.api.v1.BackupStorageLocation;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When a location's backups are next synced: {@code spec.backupSyncPeriod} after the last sync, or the server's
 * {@code --backup-sync-period} when the spec has none. A period of zero turns syncing off.
 */
record SyncSchedule(Optional<Instant> lastSync, Duration period) {

    static SyncSchedule of(BackupStorageLocation location, Duration serverDefault) {
        GoDuration fromSpec = location.getSpec() == null ? null : location.getSpec().getBackupSyncPeriod();
        Duration period = fromSpec == null || !fromSpec.isValid() || fromSpec.isNegative()
                ? serverDefault : fromSpec.toDuration();
        Optional<Instant> last = Optional.ofNullable(location.getStatus())
                .map(status -> status.getLastSyncedTime())
                .filter(text -> !text.isBlank())
                .map(Instant::parse);
        return new SyncSchedule(last, period);
    }

    boolean isDisabled() {
        return period.isZero();
    }

    /** How long until the next sync; zero when it is due. */
    Duration dueIn(Instant now) {
        if (lastSync.isEmpty()) {
            return Duration.ZERO;
        }
        Duration wait = Duration.between(now, lastSync.get().plus(period));
        return wait.isNegative() ? Duration.ZERO : wait;
    }
}
