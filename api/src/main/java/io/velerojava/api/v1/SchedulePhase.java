package io.velerojava.api.v1;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.velerojava.api.OpenEnum;
import java.util.List;
import java.util.Objects;

/**
 * The phase of a {@link Schedule} ({@code status.phase}).
 *
 * <p>An open enum: a value this version does not know (written by a newer Velero) is kept verbatim, see {@link OpenEnum}.
 */
public record SchedulePhase(String value) implements OpenEnum {

    public static final SchedulePhase NEW = new SchedulePhase("New");
    public static final SchedulePhase ENABLED = new SchedulePhase("Enabled");
    public static final SchedulePhase FAILED_VALIDATION = new SchedulePhase("FailedValidation");

    /** Every value this version knows, in Velero's order. */
    public static final List<SchedulePhase> KNOWN = List.of(NEW, ENABLED, FAILED_VALIDATION);

    public SchedulePhase {
        Objects.requireNonNull(value, "value");
    }

    @JsonCreator
    public static SchedulePhase of(String value) {
        return new SchedulePhase(value);
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
