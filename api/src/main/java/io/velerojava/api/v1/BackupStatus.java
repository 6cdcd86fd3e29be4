package io.velerojava.api.v1;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.fabric8.generator.annotation.Nullable;
import io.velerojava.api.ForwardCompatible;
import java.util.List;

/** What the server reports about a {@link Backup}. */
public class BackupStatus extends ForwardCompatible {

    @JsonProperty("version")
    private Integer version;

    @JsonProperty("formatVersion")
    private String formatVersion;

    @JsonProperty("expiration")
    @Nullable
    private String expiration;

    @JsonProperty("phase")
    private BackupPhase phase;

    @JsonProperty("queuePosition")
    private Integer queuePosition;

    @JsonProperty("validationErrors")
    @Nullable
    private List<String> validationErrors;

    @JsonProperty("startTimestamp")
    @Nullable
    private String startTimestamp;

    @JsonProperty("completionTimestamp")
    @Nullable
    private String completionTimestamp;

    @JsonProperty("volumeSnapshotsAttempted")
    private Integer volumeSnapshotsAttempted;

    @JsonProperty("volumeSnapshotsCompleted")
    private Integer volumeSnapshotsCompleted;

    @JsonProperty("failureReason")
    private String failureReason;

    @JsonProperty("warnings")
    private Integer warnings;

    @JsonProperty("errors")
    private Integer errors;

    @JsonProperty("progress")
    @Nullable
    private BackupProgress progress;

    @JsonProperty("csiVolumeSnapshotsAttempted")
    private Integer csiVolumeSnapshotsAttempted;

    @JsonProperty("csiVolumeSnapshotsCompleted")
    private Integer csiVolumeSnapshotsCompleted;

    @JsonProperty("backupItemOperationsAttempted")
    private Integer backupItemOperationsAttempted;

    @JsonProperty("backupItemOperationsCompleted")
    private Integer backupItemOperationsCompleted;

    @JsonProperty("backupItemOperationsFailed")
    private Integer backupItemOperationsFailed;

    @JsonProperty("hookStatus")
    @Nullable
    private HookStatus hookStatus;

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }

    public String getFormatVersion() {
        return formatVersion;
    }

    public void setFormatVersion(String formatVersion) {
        this.formatVersion = formatVersion;
    }

    public String getExpiration() {
        return expiration;
    }

    public void setExpiration(String expiration) {
        this.expiration = expiration;
    }

    public BackupPhase getPhase() {
        return phase;
    }

    public void setPhase(BackupPhase phase) {
        this.phase = phase;
    }

    public Integer getQueuePosition() {
        return queuePosition;
    }

    public void setQueuePosition(Integer queuePosition) {
        this.queuePosition = queuePosition;
    }

    public List<String> getValidationErrors() {
        return validationErrors;
    }

    public void setValidationErrors(List<String> validationErrors) {
        this.validationErrors = validationErrors;
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

    public Integer getVolumeSnapshotsAttempted() {
        return volumeSnapshotsAttempted;
    }

    public void setVolumeSnapshotsAttempted(Integer volumeSnapshotsAttempted) {
        this.volumeSnapshotsAttempted = volumeSnapshotsAttempted;
    }

    public Integer getVolumeSnapshotsCompleted() {
        return volumeSnapshotsCompleted;
    }

    public void setVolumeSnapshotsCompleted(Integer volumeSnapshotsCompleted) {
        this.volumeSnapshotsCompleted = volumeSnapshotsCompleted;
    }

    public String getFailureReason() {
        return failureReason;
    }

    public void setFailureReason(String failureReason) {
        this.failureReason = failureReason;
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

    public BackupProgress getProgress() {
        return progress;
    }

    public void setProgress(BackupProgress progress) {
        this.progress = progress;
    }

    public Integer getCsiVolumeSnapshotsAttempted() {
        return csiVolumeSnapshotsAttempted;
    }

    public void setCsiVolumeSnapshotsAttempted(Integer csiVolumeSnapshotsAttempted) {
        this.csiVolumeSnapshotsAttempted = csiVolumeSnapshotsAttempted;
    }

    public Integer getCsiVolumeSnapshotsCompleted() {
        return csiVolumeSnapshotsCompleted;
    }

    public void setCsiVolumeSnapshotsCompleted(Integer csiVolumeSnapshotsCompleted) {
        this.csiVolumeSnapshotsCompleted = csiVolumeSnapshotsCompleted;
    }

    public Integer getBackupItemOperationsAttempted() {
        return backupItemOperationsAttempted;
    }

    public void setBackupItemOperationsAttempted(Integer backupItemOperationsAttempted) {
        this.backupItemOperationsAttempted = backupItemOperationsAttempted;
    }

    public Integer getBackupItemOperationsCompleted() {
        return backupItemOperationsCompleted;
    }

    public void setBackupItemOperationsCompleted(Integer backupItemOperationsCompleted) {
        this.backupItemOperationsCompleted = backupItemOperationsCompleted;
    }

    public Integer getBackupItemOperationsFailed() {
        return backupItemOperationsFailed;
    }

    public void setBackupItemOperationsFailed(Integer backupItemOperationsFailed) {
        this.backupItemOperationsFailed = backupItemOperationsFailed;
    }

    public HookStatus getHookStatus() {
        return hookStatus;
    }

    public void setHookStatus(HookStatus hookStatus) {
        this.hookStatus = hookStatus;
    }
}
