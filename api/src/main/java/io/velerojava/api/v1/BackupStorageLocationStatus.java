package io.velerojava.api.v1;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.fabric8.generator.annotation.Nullable;
import io.velerojava.api.ForwardCompatible;

/** What the server reports about a {@link BackupStorageLocation}. */
public class BackupStorageLocationStatus extends ForwardCompatible {

    @JsonProperty("phase")
    private BackupStorageLocationPhase phase;

    @JsonProperty("lastSyncedRevision")
    private String lastSyncedRevision;

    @JsonProperty("lastSyncedTime")
    @Nullable
    private String lastSyncedTime;

    @JsonProperty("lastValidationTime")
    @Nullable
    private String lastValidationTime;

    @JsonProperty("message")
    private String message;

    @JsonProperty("accessMode")
    private BackupStorageLocationAccessMode accessMode;

    public BackupStorageLocationPhase getPhase() {
        return phase;
    }

    public void setPhase(BackupStorageLocationPhase phase) {
        this.phase = phase;
    }

    public String getLastSyncedRevision() {
        return lastSyncedRevision;
    }

    public void setLastSyncedRevision(String lastSyncedRevision) {
        this.lastSyncedRevision = lastSyncedRevision;
    }

    public String getLastSyncedTime() {
        return lastSyncedTime;
    }

    public void setLastSyncedTime(String lastSyncedTime) {
        this.lastSyncedTime = lastSyncedTime;
    }

    public String getLastValidationTime() {
        return lastValidationTime;
    }

    public void setLastValidationTime(String lastValidationTime) {
        this.lastValidationTime = lastValidationTime;
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }

    public BackupStorageLocationAccessMode getAccessMode() {
        return accessMode;
    }

    public void setAccessMode(BackupStorageLocationAccessMode accessMode) {
        this.accessMode = accessMode;
    }
}
