package io.velerojava.api.v1;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.velerojava.api.OpenEnum;
import java.util.List;
import java.util.Objects;

/**
 * The phase of a {@link VolumeSnapshotLocation}; defined by Velero but never set by a controller.
 *
 * <p>An open enum: a value this version does not know (written by a newer Velero) is kept verbatim, see {@link OpenEnum}.
 */
public record VolumeSnapshotLocationPhase(String value) implements OpenEnum {

    public static final VolumeSnapshotLocationPhase AVAILABLE = new VolumeSnapshotLocationPhase("Available");
    public static final VolumeSnapshotLocationPhase UNAVAILABLE = new VolumeSnapshotLocationPhase("Unavailable");

    /** Every value this version knows, in Velero's order. */
    public static final List<VolumeSnapshotLocationPhase> KNOWN = List.of(AVAILABLE, UNAVAILABLE);

    public VolumeSnapshotLocationPhase {
        Objects.requireNonNull(value, "value");
    }

    @JsonCreator
    public static VolumeSnapshotLocationPhase of(String value) {
        return new VolumeSnapshotLocationPhase(value);
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
