package io.velerojava.api.v1;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.velerojava.api.OpenEnum;
import java.util.List;
import java.util.Objects;

/**
 * The phase of a {@link PodVolumeRestore}.
 *
 * <p>An open enum: a value this version does not know (written by a newer Velero) is kept verbatim, see {@link OpenEnum}.
 */
public record PodVolumeRestorePhase(String value) implements OpenEnum {

    public static final PodVolumeRestorePhase NEW = new PodVolumeRestorePhase("New");
    public static final PodVolumeRestorePhase ACCEPTED = new PodVolumeRestorePhase("Accepted");
    public static final PodVolumeRestorePhase PREPARED = new PodVolumeRestorePhase("Prepared");
    public static final PodVolumeRestorePhase IN_PROGRESS = new PodVolumeRestorePhase("InProgress");
    public static final PodVolumeRestorePhase CANCELING = new PodVolumeRestorePhase("Canceling");
    public static final PodVolumeRestorePhase CANCELED = new PodVolumeRestorePhase("Canceled");
    public static final PodVolumeRestorePhase COMPLETED = new PodVolumeRestorePhase("Completed");
    public static final PodVolumeRestorePhase FAILED = new PodVolumeRestorePhase("Failed");

    /** Every value this version knows, in Velero's order. */
    public static final List<PodVolumeRestorePhase> KNOWN = List.of(NEW, ACCEPTED, PREPARED, IN_PROGRESS, CANCELING, CANCELED, COMPLETED, FAILED);

    public PodVolumeRestorePhase {
        Objects.requireNonNull(value, "value");
    }

    @JsonCreator
    public static PodVolumeRestorePhase of(String value) {
        return new PodVolumeRestorePhase(value);
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
