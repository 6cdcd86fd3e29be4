package io.velerojava.api.v1;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.fabric8.generator.annotation.Nullable;
import io.velerojava.api.ForwardCompatible;
import java.util.List;

/** What the server reports about a {@link Restore}. */
public class RestoreStatus extends ForwardCompatible {

    @JsonProperty("phase")
    private RestorePhase phase;

    @JsonProperty("validationErrors")
    @Nullable
    private List<String> validationErrors;

    @JsonProperty("warnings")
    private Integer warnings;

    @JsonProperty("errors")
    private Integer errors;

    @JsonProperty("failureReason")
    private String failureReason;

    @JsonProperty("startTimestamp")
    @Nullable
    private String startTimestamp;

    @JsonProperty("completionTimestamp")
    @Nullable
    private String completionTimestamp;

    @JsonProperty("progress")
    @Nullable
    private RestoreProgress progress;

    @JsonProperty("restoreItemOperationsAttempted")
    private Integer restoreItemOperationsAttempted;

    @JsonProperty("restoreItemOperationsCompleted")
    private Integer restoreItemOperationsCompleted;

    @JsonProperty("restoreItemOperationsFailed")
    private Integer restoreItemOperationsFailed;

    @JsonProperty("hookStatus")
    @Nullable
    private HookStatus hookStatus;

    public RestorePhase getPhase() {
        return phase;
    }

    public void setPhase(RestorePhase phase) {
        this.phase = phase;
    }

    public List<String> getValidationErrors() {
        return validationErrors;
    }

    public void setValidationErrors(List<String> validationErrors) {
        this.validationErrors = validationErrors;
    }

    public Integer getWarnings() {
        return warnings;
    }

    public void setWarnings(Integer warnings) {
        this.warnings = warnings;
    }

    public Integer getErrors() {
        return errors;
    }

    public void setErrors(Integer errors) {
        this.errors = errors;
    }

    public String getFailureReason() {
        return failureReason;
    }

    public void setFailureReason(String failureReason) {
        this.failureReason = failureReason;
    }

    public String getStartTimestamp() {
        return startTimestamp;
    }

    public void setStartTimestamp(String startTimestamp) {
        this.startTimestamp = startTimestamp;
    }

    public String getCompletionTimestamp() {
        return completionTimestamp;
    }

    public void setCompletionTimestamp(String completionTimestamp) {
        this.completionTimestamp = completionTimestamp;
    }

    public RestoreProgress getProgress() {
        return progress;
    }

    public void setProgress(RestoreProgress progress) {
        this.progress = progress;
    }

    public Integer getRestoreItemOperationsAttempted() {
        return restoreItemOperationsAttempted;
    }

    public void setRestoreItemOperationsAttempted(Integer restoreItemOperationsAttempted) {
        this.restoreItemOperationsAttempted = restoreItemOperationsAttempted;
    }

    public Integer getRestoreItemOperationsCompleted() {
        return restoreItemOperationsCompleted;
    }

    public void setRestoreItemOperationsCompleted(Integer restoreItemOperationsCompleted) {
        this.restoreItemOperationsCompleted = restoreItemOperationsCompleted;
    }

    public Integer getRestoreItemOperationsFailed() {
        return restoreItemOperationsFailed;
    }

    public void setRestoreItemOperationsFailed(Integer restoreItemOperationsFailed) {
        this.restoreItemOperationsFailed = restoreItemOperationsFailed;
    }

    public HookStatus getHookStatus() {
        return hookStatus;
    }

    public void setHookStatus(HookStatus hookStatus) {
        this.hookStatus = hookStatus;
    }
}
