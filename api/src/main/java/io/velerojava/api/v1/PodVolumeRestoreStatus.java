package io.velerojava.api.v1;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.fabric8.generator.annotation.Nullable;
import io.velerojava.api.ForwardCompatible;
import io.velerojava.api.shared.DataMoveOperationProgress;

/** Progress and result of a {@link PodVolumeRestore}. */
public class PodVolumeRestoreStatus extends ForwardCompatible {

    @JsonProperty("phase")
    private PodVolumeRestorePhase phase;

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

    @JsonProperty("acceptedTimestamp")
    @Nullable
    private String acceptedTimestamp;

    @JsonProperty("node")
    private String node;

    public PodVolumeRestorePhase getPhase() {
        return phase;
    }

    public void setPhase(PodVolumeRestorePhase phase) {
        this.phase = phase;
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

    public String getAcceptedTimestamp() {
        return acceptedTimestamp;
    }

    public void setAcceptedTimestamp(String acceptedTimestamp) {
        this.acceptedTimestamp = acceptedTimestamp;
    }

    public String getNode() {
        return node;
    }

    public void setNode(String node) {
        this.node = node;
    }
}
