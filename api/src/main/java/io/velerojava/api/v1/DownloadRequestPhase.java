package io.velerojava.api.v1;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.velerojava.api.OpenEnum;
import java.util.List;
import java.util.Objects;

/**
 * The phase of a {@link DownloadRequest}.
 *
 * <p>An open enum: a value this version does not know (written by a newer Velero) is kept verbatim, see {@link OpenEnum}.
 */
public record DownloadRequestPhase(String value) implements OpenEnum {

    public static final DownloadRequestPhase NEW = new DownloadRequestPhase("New");
    public static final DownloadRequestPhase PROCESSED = new DownloadRequestPhase("Processed");

    /** Every value this version knows, in Velero's order. */
    public static final List<DownloadRequestPhase> KNOWN = List.of(NEW, PROCESSED);

    public DownloadRequestPhase {
        Objects.requireNonNull(value, "value");
    }

    @JsonCreator
    public static DownloadRequestPhase of(String value) {
        return new DownloadRequestPhase(value);
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
