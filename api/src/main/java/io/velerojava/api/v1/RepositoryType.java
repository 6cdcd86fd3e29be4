package io.velerojava.api.v1;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.velerojava.api.OpenEnum;
import java.util.List;
import java.util.Objects;

/**
 * The kind of a {@link BackupRepository}; empty means the server default.
 *
 * <p>An open enum: a value this version does not know (written by a newer Velero) is kept verbatim, see {@link OpenEnum}.
 */
public record RepositoryType(String value) implements OpenEnum {

    public static final RepositoryType KOPIA = new RepositoryType("kopia");
    public static final RepositoryType RESTIC = new RepositoryType("restic");

    /** Every value this version knows, in Velero's order. */
    public static final List<RepositoryType> KNOWN = List.of(KOPIA, RESTIC);

    public RepositoryType {
        Objects.requireNonNull(value, "value");
    }

    @JsonCreator
    public static RepositoryType of(String value) {
        return new RepositoryType(value);
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
