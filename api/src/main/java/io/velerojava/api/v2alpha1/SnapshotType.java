package io.velerojava.api.v2alpha1;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.velerojava.api.OpenEnum;
import java.util.List;
import java.util.Objects;

/**
 * The kind of snapshot a {@link DataUpload} moves.
 *
 * <p>An open enum: a value this version does not know (written by a newer Velero) is kept verbatim, see {@link OpenEnum}.
 */
public record SnapshotType(String value) implements OpenEnum {

    public static final SnapshotType CSI = new SnapshotType("CSI");

    /** Every value this version knows, in Velero's order. */
    public static final List<SnapshotType> KNOWN = List.of(CSI);

    public SnapshotType {
        Objects.requireNonNull(value, "value");
    }

    @JsonCreator
    public static SnapshotType of(String value) {
        return new SnapshotType(value);
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
