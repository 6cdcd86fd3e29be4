package io.velerojava.api.v1;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.fabric8.generator.annotation.Nullable;
import io.velerojava.api.ForwardCompatible;

/** One repository maintenance run. */
public class BackupRepositoryMaintenanceStatus extends ForwardCompatible {

    @JsonProperty("result")
    private BackupRepositoryMaintenanceResult result;

    @JsonProperty("startTimestamp")
    @Nullable
    private String startTimestamp;

    @JsonProperty("completeTimestamp")
    @Nullable
    private String completeTimestamp;

    @JsonProperty("message")
    private String message;

    public BackupRepositoryMaintenanceResult getResult() {
        return result;
    }

    public void setResult(BackupRepositoryMaintenanceResult result) {
        this.result = result;
    }

    public String getStartTimestamp() {
        return startTimestamp;
    }

    public void setStartTimestamp(String startTimestamp) {
        this.startTimestamp = startTimestamp;
    }

    public String getCompleteTimestamp() {
        return completeTimestamp;
    }

    public void setCompleteTimestamp(String completeTimestamp) {
        this.completeTimestamp = completeTimestamp;
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }
}
