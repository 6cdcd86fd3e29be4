package io.velerojava.api.v1;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.velerojava.api.OpenEnum;
import java.util.List;
import java.util.Objects;

/**
 * The phase of a {@link Restore} ({@code status.phase}).
 *
 * <p>An open enum: a value this version does not know (written by a newer Velero) is kept verbatim, see {@link OpenEnum}.
 */
public record RestorePhase(String value) implements OpenEnum {

    public static final RestorePhase NEW = new RestorePhase("New");
    public static final RestorePhase FAILED_VALIDATION = new RestorePhase("FailedValidation");
    public static final RestorePhase IN_PROGRESS = new RestorePhase("InProgress");
    public static final RestorePhase WAITING_FOR_PLUGIN_OPERATIONS = new RestorePhase("WaitingForPluginOperations");
    public static final RestorePhase WAITING_FOR_PLUGIN_OPERATIONS_PARTIALLY_FAILED = new RestorePhase("WaitingForPluginOperationsPartiallyFailed");
    public static final RestorePhase FINALIZING = new RestorePhase("Finalizing");
    public static final RestorePhase FINALIZING_PARTIALLY_FAILED = new RestorePhase("FinalizingPartiallyFailed");
    public static final RestorePhase COMPLETED = new RestorePhase("Completed");
    public static final RestorePhase PARTIALLY_FAILED = new RestorePhase("PartiallyFailed");
    public static final RestorePhase FAILED = new RestorePhase("Failed");

    /** Every value this version knows, in Velero's order. */
    public static final List<RestorePhase> KNOWN = List.of(NEW, FAILED_VALIDATION, IN_PROGRESS, WAITING_FOR_PLUGIN_OPERATIONS, WAITING_FOR_PLUGIN_OPERATIONS_PARTIALLY_FAILED, FINALIZING, FINALIZING_PARTIALLY_FAILED, COMPLETED, PARTIALLY_FAILED, FAILED);

    public RestorePhase {
        Objects.requireNonNull(value, "value");
    }

    @JsonCreator
    public static RestorePhase of(String value) {
        return new RestorePhase(value);
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
