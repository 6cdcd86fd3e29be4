package io.velerojava.server.location;

import io.velerojava.api.v1.BackupStorageLocationPhase;
import java.util.Objects;

/** The outcome of validating a location: its phase and, when unavailable, why. */
public record LocationValidation(BackupStorageLocationPhase phase, String message) {

    public LocationValidation {
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(message, "message");
    }

    public static LocationValidation available() {
        return new LocationValidation(BackupStorageLocationPhase.AVAILABLE, "");
    }

    public static LocationValidation unavailable(String message) {
        return new LocationValidation(BackupStorageLocationPhase.UNAVAILABLE, message);
    }
}
