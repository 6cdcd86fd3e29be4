package io.velerojava.api.v2alpha1;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.velerojava.api.OpenEnum;
import java.util.List;
import java.util.Objects;

/**
 * The phase of a {@link DataDownload}.
 *
 * <p>An open enum: a value this version does not know (written by a newer Velero) is kept verbatim, see {@link OpenEnum}.
 */
public record DataDownloadPhase(String value) implements OpenEnum {

    public static final DataDownloadPhase NEW = new DataDownloadPhase("New");
    public static final DataDownloadPhase ACCEPTED = new DataDownloadPhase("Accepted");
    public static final DataDownloadPhase PREPARED = new DataDownloadPhase("Prepared");
    public static final DataDownloadPhase IN_PROGRESS = new DataDownloadPhase("InProgress");
    public static final DataDownloadPhase CANCELING = new DataDownloadPhase("Canceling");
    public static final DataDownloadPhase CANCELED = new DataDownloadPhase("Canceled");
    public static final DataDownloadPhase COMPLETED = new DataDownloadPhase("Completed");
    public static final DataDownloadPhase FAILED = new DataDownloadPhase("Failed");

    /** Every value this version knows, in Velero's order. */
    public static final List<DataDownloadPhase> KNOWN = List.of(NEW, ACCEPTED, PREPARED, IN_PROGRESS, CANCELING, CANCELED, COMPLETED, FAILED);

    public DataDownloadPhase {
        Objects.requireNonNull(value, "value");
    }

    @JsonCreator
    public static DataDownloadPhase of(String value) {
        return new DataDownloadPhase(value);
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
