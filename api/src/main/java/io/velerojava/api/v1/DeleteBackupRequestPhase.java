package io.velerojava.api.v1;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.velerojava.api.OpenEnum;
import java.util.List;
import java.util.Objects;

/**
 * The phase of a {@link DeleteBackupRequest}.
 *
 * <p>An open enum: a value this version does not know (written by a newer Velero) is kept verbatim, see {@link OpenEnum}.
 */
public record DeleteBackupRequestPhase(String value) implements OpenEnum {

    public static final DeleteBackupRequestPhase NEW = new DeleteBackupRequestPhase("New");
    public static final DeleteBackupRequestPhase IN_PROGRESS = new DeleteBackupRequestPhase("InProgress");
    public static final DeleteBackupRequestPhase PROCESSED = new DeleteBackupRequestPhase("Processed");

    /** Every value this version knows, in Velero's order. */
    public static final List<DeleteBackupRequestPhase> KNOWN = List.of(NEW, IN_PROGRESS, PROCESSED);

    public DeleteBackupRequestPhase {
        Objects.requireNonNull(value, "value");
    }

    @JsonCreator
    public static DeleteBackupRequestPhase of(String value) {
        return new DeleteBackupRequestPhase(value);
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
