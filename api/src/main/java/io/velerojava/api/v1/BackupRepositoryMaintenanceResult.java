package io.velerojava.api.v1;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.velerojava.api.OpenEnum;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of one repository maintenance run.
 *
 * <p>An open enum: a value this version does not know (written by a newer Velero) is kept verbatim, see {@link OpenEnum}.
 */
public record BackupRepositoryMaintenanceResult(String value) implements OpenEnum {

    public static final BackupRepositoryMaintenanceResult SUCCEEDED = new BackupRepositoryMaintenanceResult("Succeeded");
    public static final BackupRepositoryMaintenanceResult FAILED = new BackupRepositoryMaintenanceResult("Failed");

    /** Every value this version knows, in Velero's order. */
    public static final List<BackupRepositoryMaintenanceResult> KNOWN = List.of(SUCCEEDED, FAILED);

    public BackupRepositoryMaintenanceResult {
        Objects.requireNonNull(value, "value");
    }

    @JsonCreator
    public static BackupRepositoryMaintenanceResult of(String value) {
        return new BackupRepositoryMaintenanceResult(value);
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
