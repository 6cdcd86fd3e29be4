package io.velerojava.api.v1;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.velerojava.api.OpenEnum;
import java.util.List;
import java.util.Objects;

/**
 * Whether a {@link BackupStorageLocation} is reachable ({@code status.phase}).
 *
 * <p>An open enum: a value this version does not know (written by a newer Velero) is kept verbatim, see {@link OpenEnum}.
 */
public record BackupStorageLocationPhase(String value) implements OpenEnum {

    public static final BackupStorageLocationPhase AVAILABLE = new BackupStorageLocationPhase("Available");
    public static final BackupStorageLocationPhase UNAVAILABLE = new BackupStorageLocationPhase("Unavailable");

    /** Every value this version knows, in Velero's order. */
    public static final List<BackupStorageLocationPhase> KNOWN = List.of(AVAILABLE, UNAVAILABLE);

    public BackupStorageLocationPhase {
        Objects.requireNonNull(value, "value");
    }

    @JsonCreator
    public static BackupStorageLocationPhase of(String value) {
        return new BackupStorageLocationPhase(value);
    }

    @JsonValue
    @Override
    public String value() {
        return value;
    }

    @Override
    public boolean isKnown() {
        return KNOWN.contains(this);
    }

    @Override
    public String toString() {
        return value;
    }
}
