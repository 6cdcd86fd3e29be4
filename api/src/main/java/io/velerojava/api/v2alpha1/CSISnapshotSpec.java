package io.velerojava.api.v2alpha1;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.fabric8.generator.annotation.Required;
import io.velerojava.api.ForwardCompatible;

/** The CSI VolumeSnapshot a {@link DataUpload} reads from. */
public class CSISnapshotSpec extends ForwardCompatible {

    @JsonProperty("volumeSnapshot")
    @Required
    private String volumeSnapshot;

    @JsonProperty("storageClass")
    @Required
    private String storageClass;

    @JsonProperty("snapshotClass")
    private String snapshotClass;

    @JsonProperty("driver")
    private String driver;

    public String getVolumeSnapshot() {
        return volumeSnapshot;
    }

    public void setVolumeSnapshot(String volumeSnapshot) {
        this.volumeSnapshot = volumeSnapshot;
    }

    public String getStorageClass() {
        return storageClass;
    }

    public void setStorageClass(String storageClass) {
        this.storageClass = storageClass;
    }

    public String getSnapshotClass() {
        return snapshotClass;
    }

    public void setSnapshotClass(String snapshotClass) {
        this.snapshotClass = snapshotClass;
    }

    public String getDriver() {
        return driver;
    }

    public void setDriver(String driver) {
        this.driver = driver;
    }
}
