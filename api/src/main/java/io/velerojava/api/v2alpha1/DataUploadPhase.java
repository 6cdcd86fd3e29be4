package io.velerojava.api.v2alpha1;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.velerojava.api.OpenEnum;
import java.util.List;
import java.util.Objects;

/**
 * The phase of a {@link DataUpload}.
 *
 * <p>An open enum: a value this version does not know (written by a newer Velero) is kept verbatim, see {@link OpenEnum}.
 */
public record DataUploadPhase(String value) implements OpenEnum {

    public static final DataUploadPhase NEW = new DataUploadPhase("New");
    public static final DataUploadPhase ACCEPTED = new DataUploadPhase("Accepted");
    public static final DataUploadPhase PREPARED = new DataUploadPhase("Prepared");
    public static final DataUploadPhase IN_PROGRESS = new DataUploadPhase("InProgress");
    public static final DataUploadPhase CANCELING = new DataUploadPhase("Canceling");
    public static final DataUploadPhase CANCELED = new DataUploadPhase("Canceled");
    public static final DataUploadPhase COMPLETED = new DataUploadPhase("Completed");
    public static final DataUploadPhase FAILED = new DataUploadPhase("Failed");

    /** Every value this version knows, in Velero's order. */
    public static final List<DataUploadPhase> KNOWN = List.of(NEW, ACCEPTED, PREPARED, IN_PROGRESS, CANCELING, CANCELED, COMPLETED, FAILED);

    public DataUploadPhase {
        Objects.requireNonNull(value, "value");
    }

    @JsonCreator
    public static DataUploadPhase of(String value) {
        return new DataUploadPhase(value);
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
