package io.velerojava.api.v1;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.fabric8.generator.annotation.Nullable;
import io.fabric8.generator.annotation.Required;
import io.fabric8.kubernetes.api.model.ObjectReference;
import io.velerojava.api.ForwardCompatible;
import java.util.Map;

/** One pod volume to back up with the file uploader. */
public class PodVolumeBackupSpec extends ForwardCompatible {

    @JsonProperty("node")
    @Required
    private String node;

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

    @JsonProperty("tags")
    private Map<String, String> tags;

    @JsonProperty("uploaderSettings")
    @Nullable
    private Map<String, String> uploaderSettings;

    @JsonProperty("cancel")
    private Boolean cancel;

    public String getNode() {
        return node;
    }

    public void setNode(String node) {
        this.node = node;
    }

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

    public Map<String, String> getTags() {
        return tags;
    }

    public void setTags(Map<String, String> tags) {
        this.tags = tags;
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
}
