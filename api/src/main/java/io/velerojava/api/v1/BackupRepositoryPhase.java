package io.velerojava.api.v1;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.velerojava.api.OpenEnum;
import java.util.List;
import java.util.Objects;

/**
 * The phase of a {@link BackupRepository}.
 *
 * <p>An open enum: a value this version does not know (written by a newer Velero) is kept verbatim, see {@link OpenEnum}.
 */
public record BackupRepositoryPhase(String value) implements OpenEnum {

    public static final BackupRepositoryPhase NEW = new BackupRepositoryPhase("New");
    public static final BackupRepositoryPhase READY = new BackupRepositoryPhase("Ready");
    public static final BackupRepositoryPhase NOT_READY = new BackupRepositoryPhase("NotReady");

    /** Every value this version knows, in Velero's order. */
    public static final List<BackupRepositoryPhase> KNOWN = List.of(NEW, READY, NOT_READY);

    public BackupRepositoryPhase {
        Objects.requireNonNull(value, "value");
    }

    @JsonCreator
    public static BackupRepositoryPhase of(String value) {
        return new BackupRepositoryPhase(value);
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
