package io.velerojava.api.v2alpha1;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.fabric8.generator.annotation.Nullable;
import io.velerojava.api.ForwardCompatible;
import io.velerojava.api.shared.DataMoveOperationProgress;
import java.util.Map;

/** Progress and result of a {@link DataUpload}. */
public class DataUploadStatus extends ForwardCompatible {

    @JsonProperty("phase")
    private DataUploadPhase phase;

    @JsonProperty("path")
    private String path;

    @JsonProperty("snapshotID")
    private String snapshotID;

    @JsonProperty("dataMoverResult")
    @Nullable
    private Map<String, String> dataMoverResult;

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

    @JsonProperty("node")
    private String node;

    @JsonProperty("nodeOS")
    private NodeOS nodeOS;

    @JsonProperty("acceptedByNode")
    private String acceptedByNode;

    @JsonProperty("acceptedTimestamp")
    @Nullable
    private String acceptedTimestamp;

    public DataUploadPhase getPhase() {
        return phase;
    }

    public void setPhase(DataUploadPhase phase) {
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

    public Map<String, String> getDataMoverResult() {
        return dataMoverResult;
    }

    public void setDataMoverResult(Map<String, String> dataMoverResult) {
        this.dataMoverResult = dataMoverResult;
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

    public String getNode() {
        return node;
    }

    public void setNode(String node) {
        this.node = node;
    }

    public NodeOS getNodeOS() {
        return nodeOS;
    }

    public void setNodeOS(NodeOS nodeOS) {
        this.nodeOS = nodeOS;
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
