package io.velerojava.api.v1;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.fabric8.generator.annotation.Nullable;
import io.velerojava.api.ForwardCompatible;
import java.util.List;

/** What the server reports about a {@link Schedule}. */
public class ScheduleStatus extends ForwardCompatible {

    @JsonProperty("phase")
    private SchedulePhase phase;

    @JsonProperty("lastBackup")
    @Nullable
    private String lastBackup;

    @JsonProperty("lastSkipped")
    @Nullable
    private String lastSkipped;

    @JsonProperty("validationErrors")
    private List<String> validationErrors;

    public SchedulePhase getPhase() {
        return phase;
    }

    public void setPhase(SchedulePhase phase) {
        this.phase = phase;
    }

    public String getLastBackup() {
        return lastBackup;
    }

    public void setLastBackup(String lastBackup) {
        this.lastBackup = lastBackup;
    }

    public String getLastSkipped() {
        return lastSkipped;
    }

    public void setLastSkipped(String lastSkipped) {
        this.lastSkipped = lastSkipped;
    }

    public List<String> getValidationErrors() {
        return validationErrors;
    }

    public void setValidationErrors(List<String> validationErrors) {
        this.validationErrors = validationErrors;
    }
}
