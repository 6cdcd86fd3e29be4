package io.velerojava.api.v1;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.fabric8.generator.annotation.Nullable;
import io.velerojava.api.ForwardCompatible;
import io.velerojava.api.shared.DataMoveOperationProgress;

/** Progress and result of a {@link PodVolumeBackup}. */
public class PodVolumeBackupStatus extends ForwardCompatible {

    @JsonProperty("phase")
    private PodVolumeBackupPhase phase;

    @JsonProperty("path")
    private String path;

    @JsonProperty("snapshotID")
    private String snapshotID;

    @JsonProperty("message")
    private String message;

    @JsonProperty("startTimestamp")
    @Nullable
    private String startTimestamp;

    @JsonProperty("completionTimestamp")
    @Nullable
    private String completionTimestamp;

    @JsonProperty("progress")
    private DataMoveOperationProgress progress;

    @JsonProperty("incrementalBytes")
    private Long incrementalBytes;

    @JsonProperty("acceptedTimestamp")
    @Nullable
    private String acceptedTimestamp;

    public PodVolumeBackupPhase getPhase() {
        return phase;
    }

    public void setPhase(PodVolumeBackupPhase phase) {
        this.phase = phase;
    }

    public String getPath() {
        return path;
    }

    public void setPath(String path) {
        this.path = path;
    }

    public String getSnapshotID() {
        return snapshotID;
    }

    public void setSnapshotID(String snapshotID) {
        this.snapshotID = snapshotID;
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
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

    public DataMoveOperationProgress getProgress() {
        return progress;
    }

    public void setProgress(DataMoveOperationProgress progress) {
        this.progress = progress;
    }

    public Long getIncrementalBytes() {
        return incrementalBytes;
    }

    public void setIncrementalBytes(Long incrementalBytes) {
        this.incrementalBytes = incrementalBytes;
    }

    public String getAcceptedTimestamp() {
        return acceptedTimestamp;
    }

    public void setAcceptedTimestamp(String acceptedTimestamp) {
        this.acceptedTimestamp = acceptedTimestamp;
    }
}
