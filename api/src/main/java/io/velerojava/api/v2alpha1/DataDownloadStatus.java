package io.velerojava.api.v2alpha1;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.fabric8.generator.annotation.Nullable;
import io.velerojava.api.ForwardCompatible;
import io.velerojava.api.shared.DataMoveOperationProgress;

/** Progress and result of a {@link DataDownload}. */
public class DataDownloadStatus extends ForwardCompatible {

    @JsonProperty("phase")
    private DataDownloadPhase phase;

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

    @JsonProperty("node")
    private String node;

    @JsonProperty("acceptedByNode")
    private String acceptedByNode;

    @JsonProperty("acceptedTimestamp")
    @Nullable
    private String acceptedTimestamp;

    public DataDownloadPhase getPhase() {
        return phase;
    }

    public void setPhase(DataDownloadPhase phase) {
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

    public String getNode() {
        return node;
    }

    public void setNode(String node) {
        this.node = node;
    }

    public String getAcceptedByNode() {
        return acceptedByNode;
    }

    public void setAcceptedByNode(String acceptedByNode) {
        this.acceptedByNode = acceptedByNode;
    }

    public String getAcceptedTimestamp() {
        return acceptedTimestamp;
    }

    public void setAcceptedTimestamp(String acceptedTimestamp) {
        this.acceptedTimestamp = acceptedTimestamp;
    }
}
