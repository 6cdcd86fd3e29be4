package io.velerojava.api.v1;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.velerojava.api.OpenEnum;
import java.util.List;
import java.util.Objects;

/**
 * Access mode of a {@link BackupStorageLocation}; empty behaves as {@code ReadWrite}.
 *
 * <p>An open enum: a value this version does not know (written by a newer Velero) is kept verbatim, see {@link OpenEnum}.
 */
public record BackupStorageLocationAccessMode(String value) implements OpenEnum {

    public static final BackupStorageLocationAccessMode READ_ONLY = new BackupStorageLocationAccessMode("ReadOnly");
    public static final BackupStorageLocationAccessMode READ_WRITE = new BackupStorageLocationAccessMode("ReadWrite");

    /** Every value this version knows, in Velero's order. */
    public static final List<BackupStorageLocationAccessMode> KNOWN = List.of(READ_ONLY, READ_WRITE);

    public BackupStorageLocationAccessMode {
        Objects.requireNonNull(value, "value");
    }

    @JsonCreator
    public static BackupStorageLocationAccessMode of(String value) {
        return new BackupStorageLocationAccessMode(value);
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
