package io.velerojava.engine.backup;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What running a backup produced.
 *
 * @param itemsBackedUp items written to the tarball
 * @param totalItems    items found
 * @param warnings      warnings in the backup log
 * @param errors        errors in the backup log; any makes the backup PartiallyFailed
 * @param failure       why the backup as a whole failed (nothing usable was stored), if it did
 * @param completedAt   when it ended
 */
public record BackupOutcome(int itemsBackedUp, int totalItems, int warnings, int errors, Optional<String> failure,
        Instant completedAt) {

    public BackupOutcome {
        Objects.requireNonNull(failure, "failure");
        Objects.requireNonNull(completedAt, "completedAt");
    }

    public static BackupOutcome failed(String reason, Instant completedAt) {
        return new BackupOutcome(0, 0, 0, 0, Optional.of(reason), completedAt);
    }

    public BackupOutcome withFailure(String reason) {
        return new BackupOutcome(itemsBackedUp, totalItems, warnings, errors, Optional.of(reason), completedAt);
    }
}
