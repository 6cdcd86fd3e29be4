package io.velerojava.api.v1;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.fabric8.generator.annotation.Nullable;
import io.fabric8.generator.annotation.Required;
import io.fabric8.kubernetes.api.model.ObjectReference;
import io.velerojava.api.ForwardCompatible;
import java.util.Map;

/** One pod volume to restore with the file uploader. */
public class PodVolumeRestoreSpec extends ForwardCompatible {

    @JsonProperty("pod")
    @Required
    private ObjectReference pod;

    @JsonProperty("volume")
    @Required
    private String volume;

    @JsonProperty("backupStorageLocation")
    @Required
    private String backupStorageLocation;

    @JsonProperty("repoIdentifier")
    @Required
    private String repoIdentifier;

    @JsonProperty("uploaderType")
    private UploaderType uploaderType;

    @JsonProperty("snapshotID")
    @Required
    private String snapshotID;

    @JsonProperty("sourceNamespace")
    @Required
    private String sourceNamespace;

    @JsonProperty("uploaderSettings")
    @Nullable
    private Map<String, String> uploaderSettings;

    @JsonProperty("cancel")
    private Boolean cancel;

    @JsonProperty("snapshotSize")
    private Long snapshotSize;

    public ObjectReference getPod() {
        return pod;
    }

    public void setPod(ObjectReference pod) {
        this.pod = pod;
    }

    public String getVolume() {
        return volume;
    }

    public void setVolume(String volume) {
        this.volume = volume;
    }

    public String getBackupStorageLocation() {
        return backupStorageLocation;
    }

    public void setBackupStorageLocation(String backupStorageLocation) {
        this.backupStorageLocation = backupStorageLocation;
    }

    public String getRepoIdentifier() {
        return repoIdentifier;
    }

    public void setRepoIdentifier(String repoIdentifier) {
        this.repoIdentifier = repoIdentifier;
    }

    public UploaderType getUploaderType() {
        return uploaderType;
    }

    public void setUploaderType(UploaderType uploaderType) {
        this.uploaderType = uploaderType;
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

    public Map<String, String> getUploaderSettings() {
        return uploaderSettings;
    }

    public void setUploaderSettings(Map<String, String> uploaderSettings) {
        this.uploaderSettings = uploaderSettings;
    }

    public Boolean getCancel() {
        return cancel;
    }

    public void setCancel(Boolean cancel) {
        this.cancel = cancel;
    }

    public Long getSnapshotSize() {
        return snapshotSize;
    }

    public void setSnapshotSize(Long snapshotSize) {
        this.snapshotSize = snapshotSize;
    }
}
