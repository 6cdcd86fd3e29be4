package io.velerojava.api.v1;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.velerojava.api.OpenEnum;
import java.util.List;
import java.util.Objects;

/**
 * What a failing hook does to the backup or restore ({@code onError}).
 *
 * <p>An open enum: a value this version does not know (written by a newer Velero) is kept verbatim, see {@link OpenEnum}.
 */
public record HookErrorMode(String value) implements OpenEnum {

    public static final HookErrorMode CONTINUE = new HookErrorMode("Continue");
    public static final HookErrorMode FAIL = new HookErrorMode("Fail");

    /** Every value this version knows, in Velero's order. */
    public static final List<HookErrorMode> KNOWN = List.of(CONTINUE, FAIL);

    public HookErrorMode {
        Objects.requireNonNull(value, "value");
    }

    @JsonCreator
    public static HookErrorMode of(String value) {
        return new HookErrorMode(value);
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
