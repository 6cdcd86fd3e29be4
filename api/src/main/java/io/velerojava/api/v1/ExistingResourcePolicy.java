package io.velerojava.api.v1;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.velerojava.api.OpenEnum;
import java.util.List;
import java.util.Objects;

/**
 * What a restore does with an item that already exists in the cluster; empty behaves as {@code none}.
 *
 * <p>An open enum: a value this version does not know (written by a newer Velero) is kept verbatim, see {@link OpenEnum}.
 */
public record ExistingResourcePolicy(String value) implements OpenEnum {

    public static final ExistingResourcePolicy NONE = new ExistingResourcePolicy("none");
    public static final ExistingResourcePolicy UPDATE = new ExistingResourcePolicy("update");

    /** Every value this version knows, in Velero's order. */
    public static final List<ExistingResourcePolicy> KNOWN = List.of(NONE, UPDATE);

    public ExistingResourcePolicy {
        Objects.requireNonNull(value, "value");
    }

    @JsonCreator
    public static ExistingResourcePolicy of(String value) {
        return new ExistingResourcePolicy(value);
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
