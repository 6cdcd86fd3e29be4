package io.velerojava.api.v1;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.velerojava.api.OpenEnum;
import java.util.List;
import java.util.Objects;

/**
 * The phase of a {@link Backup} ({@code status.phase}).
 *
 * <p>An open enum: a value this version does not know (written by a newer Velero) is kept verbatim, see {@link OpenEnum}.
 */
public record BackupPhase(String value) implements OpenEnum {

    public static final BackupPhase NEW = new BackupPhase("New");
    public static final BackupPhase QUEUED = new BackupPhase("Queued");
    public static final BackupPhase READY_TO_START = new BackupPhase("ReadyToStart");
    public static final BackupPhase FAILED_VALIDATION = new BackupPhase("FailedValidation");
    public static final BackupPhase IN_PROGRESS = new BackupPhase("InProgress");
    public static final BackupPhase WAITING_FOR_PLUGIN_OPERATIONS = new BackupPhase("WaitingForPluginOperations");
    public static final BackupPhase WAITING_FOR_PLUGIN_OPERATIONS_PARTIALLY_FAILED = new BackupPhase("WaitingForPluginOperationsPartiallyFailed");
    public static final BackupPhase FINALIZING = new BackupPhase("Finalizing");
    public static final BackupPhase FINALIZING_PARTIALLY_FAILED = new BackupPhase("FinalizingPartiallyFailed");
    public static final BackupPhase COMPLETED = new BackupPhase("Completed");
    public static final BackupPhase PARTIALLY_FAILED = new BackupPhase("PartiallyFailed");
    public static final BackupPhase FAILED = new BackupPhase("Failed");
    public static final BackupPhase DELETING = new BackupPhase("Deleting");

    /** Every value this version knows, in Velero's order. */
    public static final List<BackupPhase> KNOWN = List.of(NEW, QUEUED, READY_TO_START, FAILED_VALIDATION, IN_PROGRESS, WAITING_FOR_PLUGIN_OPERATIONS, WAITING_FOR_PLUGIN_OPERATIONS_PARTIALLY_FAILED, FINALIZING, FINALIZING_PARTIALLY_FAILED, COMPLETED, PARTIALLY_FAILED, FAILED, DELETING);

    public BackupPhase {
        Objects.requireNonNull(value, "value");
    }

    @JsonCreator
    public static BackupPhase of(String value) {
        return new BackupPhase(value);
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
