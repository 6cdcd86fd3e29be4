package io.velerojava.api.v2alpha1;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.fabric8.generator.annotation.Nullable;
import io.fabric8.generator.annotation.Required;
import io.velerojava.api.ForwardCompatible;
import io.velerojava.api.GoDuration;
import java.util.Map;

/** One data-mover snapshot to restore into a volume. */
public class DataDownloadSpec extends ForwardCompatible {

    @JsonProperty("targetVolume")
    @Required
    private TargetVolumeSpec targetVolume;

    @JsonProperty("backupStorageLocation")
    @Required
    private String backupStorageLocation;

    @JsonProperty("datamover")
    private String datamover;

    @JsonProperty("snapshotID")
    @Required
    private String snapshotID;

    @JsonProperty("sourceNamespace")
    @Required
    private String sourceNamespace;

    @JsonProperty("dataMoverConfig")
    @Nullable
    private Map<String, String> dataMoverConfig;

    @JsonProperty("cancel")
    private Boolean cancel;

    @JsonProperty("operationTimeout")
    @Required
    private GoDuration operationTimeout;

    @JsonProperty("nodeOS")
    private NodeOS nodeOS;

    @JsonProperty("snapshotSize")
    private Long snapshotSize;

    public TargetVolumeSpec getTargetVolume() {
        return targetVolume;
    }

    public void setTargetVolume(TargetVolumeSpec targetVolume) {
        this.targetVolume = targetVolume;
    }

    public String getBackupStorageLocation() {
        return backupStorageLocation;
    }

    public void setBackupStorageLocation(String backupStorageLocation) {
        this.backupStorageLocation = backupStorageLocation;
    }

    public String getDatamover() {
        return datamover;
    }

    public void setDatamover(String datamover) {
        this.datamover = datamover;
    }

    public String getSnapshotID() {
        return snapshotID;
    }

    public void setSnapshotID(String snapshotID) {
        this.snapshotID = snapshotID;
    }

    public String getSourceNamespace() {
        return sourceNamespace;
    }

    public void setSourceNamespace(String sourceNamespace) {
        this.sourceNamespace = sourceNamespace;
    }

    public Map<String, String> getDataMoverConfig() {
        return dataMoverConfig;
    }

    public void setDataMoverConfig(Map<String, String> dataMoverConfig) {
        this.dataMoverConfig = dataMoverConfig;
    }

    public Boolean getCancel() {
        return cancel;
    }

    public void setCancel(Boolean cancel) {
        this.cancel = cancel;
    }

    public GoDuration getOperationTimeout() {
        return operationTimeout;
    }

    public void setOperationTimeout(GoDuration operationTimeout) {
        this.operationTimeout = operationTimeout;
    }

    public NodeOS getNodeOS() {
        return nodeOS;
    }

    public void setNodeOS(NodeOS nodeOS) {
        this.nodeOS = nodeOS;
    }

    public Long getSnapshotSize() {
        return snapshotSize;
    }

    public void setSnapshotSize(Long snapshotSize) {
        this.snapshotSize = snapshotSize;
    }
}
