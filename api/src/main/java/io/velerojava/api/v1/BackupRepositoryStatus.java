package io.velerojava.api.v1;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.fabric8.generator.annotation.Nullable;
import io.velerojava.api.ForwardCompatible;
import java.util.List;

/** Readiness and maintenance history of a {@link BackupRepository}. */
public class BackupRepositoryStatus extends ForwardCompatible {

    @JsonProperty("phase")
    private BackupRepositoryPhase phase;

    @JsonProperty("message")
    private String message;

    @JsonProperty("lastMaintenanceTime")
    @Nullable
    private String lastMaintenanceTime;

    @JsonProperty("recentMaintenance")
    private List<BackupRepositoryMaintenanceStatus> recentMaintenance;

    public BackupRepositoryPhase getPhase() {
        return phase;
    }

    public void setPhase(BackupRepositoryPhase phase) {
        this.phase = phase;
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }

    public String getLastMaintenanceTime() {
        return lastMaintenanceTime;
    }

    public void setLastMaintenanceTime(String lastMaintenanceTime) {
        this.lastMaintenanceTime = lastMaintenanceTime;
    }

    public List<BackupRepositoryMaintenanceStatus> getRecentMaintenance() {
        return recentMaintenance;
    }

    public void setRecentMaintenance(List<BackupRepositoryMaintenanceStatus> recentMaintenance) {
        this.recentMaintenance = recentMaintenance;
    }
}
