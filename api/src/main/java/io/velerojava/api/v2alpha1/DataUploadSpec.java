package io.velerojava.api.v2alpha1;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.fabric8.generator.annotation.Nullable;
import io.fabric8.generator.annotation.Required;
import io.velerojava.api.ForwardCompatible;
import io.velerojava.api.GoDuration;
import java.util.Map;

/** One CSI snapshot to move into the backup repository. */
public class DataUploadSpec extends ForwardCompatible {

    @JsonProperty("snapshotType")
    @Required
    private SnapshotType snapshotType;

    @JsonProperty("csiSnapshot")
    @Nullable
    private CSISnapshotSpec csiSnapshot;

    @JsonProperty("sourcePVC")
    @Required
    private String sourcePVC;

    @JsonProperty("datamover")
    private String datamover;

    @JsonProperty("backupStorageLocation")
    @Required
    private String backupStorageLocation;

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

    public SnapshotType getSnapshotType() {
        return snapshotType;
    }

    public void setSnapshotType(SnapshotType snapshotType) {
        this.snapshotType = snapshotType;
    }

    public CSISnapshotSpec getCsiSnapshot() {
        return csiSnapshot;
    }

    public void setCsiSnapshot(CSISnapshotSpec csiSnapshot) {
        this.csiSnapshot = csiSnapshot;
    }

    public String getSourcePVC() {
        return sourcePVC;
    }

    public void setSourcePVC(String sourcePVC) {
        this.sourcePVC = sourcePVC;
    }

    public String getDatamover() {
        return datamover;
    }

    public void setDatamover(String datamover) {
        this.datamover = datamover;
    }

    public String getBackupStorageLocation() {
        return backupStorageLocation;
    }

    public void setBackupStorageLocation(String backupStorageLocation) {
        this.backupStorageLocation = backupStorageLocation;
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
}
