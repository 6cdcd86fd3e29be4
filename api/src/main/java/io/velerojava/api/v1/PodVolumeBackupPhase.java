package io.velerojava.api.v1;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.velerojava.api.OpenEnum;
import java.util.List;
import java.util.Objects;

/**
 * The phase of a {@link PodVolumeBackup}.
 *
 * <p>An open enum: a value this version does not know (written by a newer Velero) is kept verbatim, see {@link OpenEnum}.
 */
public record PodVolumeBackupPhase(String value) implements OpenEnum {

    public static final PodVolumeBackupPhase NEW = new PodVolumeBackupPhase("New");
    public static final PodVolumeBackupPhase ACCEPTED = new PodVolumeBackupPhase("Accepted");
    public static final PodVolumeBackupPhase PREPARED = new PodVolumeBackupPhase("Prepared");
    public static final PodVolumeBackupPhase IN_PROGRESS = new PodVolumeBackupPhase("InProgress");
    public static final PodVolumeBackupPhase CANCELING = new PodVolumeBackupPhase("Canceling");
    public static final PodVolumeBackupPhase CANCELED = new PodVolumeBackupPhase("Canceled");
    public static final PodVolumeBackupPhase COMPLETED = new PodVolumeBackupPhase("Completed");
    public static final PodVolumeBackupPhase FAILED = new PodVolumeBackupPhase("Failed");

    /** Every value this version knows, in Velero's order. */
    public static final List<PodVolumeBackupPhase> KNOWN = List.of(NEW, ACCEPTED, PREPARED, IN_PROGRESS, CANCELING, CANCELED, COMPLETED, FAILED);

    public PodVolumeBackupPhase {
        Objects.requireNonNull(value, "value");
    }

    @JsonCreator
    public static PodVolumeBackupPhase of(String value) {
        return new PodVolumeBackupPhase(value);
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
