package io.velerojava.api.v1;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.fabric8.generator.annotation.Nullable;
import io.fabric8.generator.annotation.Required;
import io.fabric8.kubernetes.api.model.SecretKeySelector;
import io.velerojava.api.ForwardCompatible;
import io.velerojava.api.GoDuration;
import java.util.Map;

/** Where backups are stored: an object-store provider and a bucket. */
public class BackupStorageLocationSpec extends ForwardCompatible {

    @JsonProperty("provider")
    @Required
    private String provider;

    @JsonProperty("config")
    private Map<String, String> config;

    @JsonProperty("credential")
    @Nullable
    private SecretKeySelector credential;

    @JsonProperty("objectStorage")
    @Required
    private ObjectStorageLocation objectStorage;

    @JsonProperty("default")
    private Boolean defaultLocation;

    @JsonProperty("accessMode")
    private BackupStorageLocationAccessMode accessMode;

    @JsonProperty("backupSyncPeriod")
    @Nullable
    private GoDuration backupSyncPeriod;

    @JsonProperty("validationFrequency")
    @Nullable
    private GoDuration validationFrequency;

    public String getProvider() {
        return provider;
    }

    public void setProvider(String provider) {
        this.provider = provider;
    }

    public Map<String, String> getConfig() {
        return config;
    }

    public void setConfig(Map<String, String> config) {
        this.config = config;
    }

    public SecretKeySelector getCredential() {
        return credential;
    }

    public void setCredential(SecretKeySelector credential) {
        this.credential = credential;
    }

    public ObjectStorageLocation getObjectStorage() {
        return objectStorage;
    }

    public void setObjectStorage(ObjectStorageLocation objectStorage) {
        this.objectStorage = objectStorage;
    }

    public Boolean getDefault() {
        return defaultLocation;
    }

    public void setDefault(Boolean defaultLocation) {
        this.defaultLocation = defaultLocation;
    }

    public BackupStorageLocationAccessMode getAccessMode() {
        return accessMode;
    }

    public void setAccessMode(BackupStorageLocationAccessMode accessMode) {
        this.accessMode = accessMode;
    }

    public GoDuration getBackupSyncPeriod() {
        return backupSyncPeriod;
    }

    public void setBackupSyncPeriod(GoDuration backupSyncPeriod) {
        this.backupSyncPeriod = backupSyncPeriod;
    }

    public GoDuration getValidationFrequency() {
        return validationFrequency;
    }

    public void setValidationFrequency(GoDuration validationFrequency) {
        this.validationFrequency = validationFrequency;
    }
}
