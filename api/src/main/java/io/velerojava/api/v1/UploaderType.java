package io.velerojava.api.v1;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.velerojava.api.OpenEnum;
import java.util.List;
import java.util.Objects;

/**
 * The file uploader of a pod volume backup or restore; empty means the server default.
 *
 * <p>An open enum: a value this version does not know (written by a newer Velero) is kept verbatim, see {@link OpenEnum}.
 */
public record UploaderType(String value) implements OpenEnum {

    public static final UploaderType KOPIA = new UploaderType("kopia");
    public static final UploaderType RESTIC = new UploaderType("restic");

    /** Every value this version knows, in Velero's order. */
    public static final List<UploaderType> KNOWN = List.of(KOPIA, RESTIC);

    public UploaderType {
        Objects.requireNonNull(value, "value");
    }

    @JsonCreator
    public static UploaderType of(String value) {
        return new UploaderType(value);
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
