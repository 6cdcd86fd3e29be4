package io.velerojava.api.v1;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.fabric8.generator.annotation.Required;
import io.velerojava.api.ForwardCompatible;
import io.velerojava.api.GoDuration;
import java.util.Map;

/** The repository of file-system backups for one namespace in one storage location. */
public class BackupRepositorySpec extends ForwardCompatible {

    @JsonProperty("volumeNamespace")
    @Required
    private String volumeNamespace;

    @JsonProperty("backupStorageLocation")
    @Required
    private String backupStorageLocation;

    @JsonProperty("repositoryType")
    private RepositoryType repositoryType;

    @JsonProperty("resticIdentifier")
    @Required
    private String resticIdentifier;

    @JsonProperty("maintenanceFrequency")
    @Required
    private GoDuration maintenanceFrequency;

    @JsonProperty("repositoryConfig")
    private Map<String, String> repositoryConfig;

    public String getVolumeNamespace() {
        return volumeNamespace;
    }

    public void setVolumeNamespace(String volumeNamespace) {
        this.volumeNamespace = volumeNamespace;
    }

    public String getBackupStorageLocation() {
        return backupStorageLocation;
    }

    public void setBackupStorageLocation(String backupStorageLocation) {
        this.backupStorageLocation = backupStorageLocation;
    }

    public RepositoryType getRepositoryType() {
        return repositoryType;
    }

    public void setRepositoryType(RepositoryType repositoryType) {
        this.repositoryType = repositoryType;
    }

    public String getResticIdentifier() {
        return resticIdentifier;
    }

    public void setResticIdentifier(String resticIdentifier) {
        this.resticIdentifier = resticIdentifier;
    }

    public GoDuration getMaintenanceFrequency() {
        return maintenanceFrequency;
    }

    public void setMaintenanceFrequency(GoDuration maintenanceFrequency) {
        this.maintenanceFrequency = maintenanceFrequency;
    }

    public Map<String, String> getRepositoryConfig() {
        return repositoryConfig;
    }

    public void setRepositoryConfig(Map<String, String> repositoryConfig) {
        this.repositoryConfig = repositoryConfig;
    }
}
