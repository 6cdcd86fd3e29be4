package io.velerojava.server.location;

import io.velerojava.api.GoDuration;
import io.velerojava.api.v1.BackupStorageLocation;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When a location is next validated: {@code spec.validationFrequency} after the last validation, or the server's
 * {@code --store-validation-frequency} when the spec has none. A frequency of zero turns periodic validation off,
 * yet a location that was never validated is validated once so that it gets a phase.
 */
record ValidationSchedule(Optional<Instant> lastValidation, Duration frequency) {

    static ValidationSchedule of(BackupStorageLocation location, Duration serverDefault) {
        GoDuration fromSpec = location.getSpec() == null ? null : location.getSpec().getValidationFrequency();
        Duration frequency = fromSpec == null || !fromSpec.isValid() || fromSpec.isNegative()
                ? serverDefault : fromSpec.toDuration();
        Optional<Instant> last = Optional.ofNullable(location.getStatus())
                .map(status -> status.getLastValidationTime())
                .filter(text -> !text.isBlank())
                .map(Instant::parse);
        return new ValidationSchedule(last, frequency);
    }

    boolean isDue(Instant now) {
        if (lastValidation.isEmpty()) {
            return true;
        }
        return !frequency.isZero() && !now.isBefore(lastValidation.get().plus(frequency));
    }

    /** How long until the next validation; empty when periodic validation is off. */
    Optional<Duration> nextIn(Instant now) {
        if (frequency.isZero()) {
            return Optional.empty();
        }
        Duration wait = Duration.between(now, lastValidation.orElse(now).plus(frequency));
        return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
    }
}
