package io.velerojava.api.v2alpha1;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.velerojava.api.OpenEnum;
import java.util.List;
import java.util.Objects;

/**
 * The operating system of the node that moves data.
 *
 * <p>An open enum: a value this version does not know (written by a newer Velero) is kept verbatim, see {@link OpenEnum}.
 */
public record NodeOS(String value) implements OpenEnum {

    public static final NodeOS AUTO = new NodeOS("auto");
    public static final NodeOS LINUX = new NodeOS("linux");
    public static final NodeOS WINDOWS = new NodeOS("windows");

    /** Every value this version knows, in Velero's order. */
    public static final List<NodeOS> KNOWN = List.of(AUTO, LINUX, WINDOWS);

    public NodeOS {
        Objects.requireNonNull(value, "value");
    }

    @JsonCreator
    public static NodeOS of(String value) {
        return new NodeOS(value);
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
