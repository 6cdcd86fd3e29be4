package io.velerojava.api.builder;

import io.fabric8.kubernetes.api.model.SecretKeySelector;
import io.velerojava.api.GoDuration;
import io.velerojava.api.v1.BackupStorageLocation;
import io.velerojava.api.v1.BackupStorageLocationAccessMode;
import io.velerojava.api.v1.BackupStorageLocationPhase;
import io.velerojava.api.v1.BackupStorageLocationSpec;
import io.velerojava.api.v1.BackupStorageLocationStatus;
import io.velerojava.api.v1.ObjectStorageLocation;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Builds a {@link BackupStorageLocation}:
 * {@code BackupStorageLocationBuilder.forLocation("velero", "default").provider("aws").bucket("backups").build()}.
 */
public final class BackupStorageLocationBuilder extends KindBuilder<BackupStorageLocationBuilder, BackupStorageLocation> {

    private BackupStorageLocationBuilder(String namespace, String name) {
        super(new BackupStorageLocation(), namespace, name);
        BackupStorageLocationSpec spec = new BackupStorageLocationSpec();
        spec.setObjectStorage(new ObjectStorageLocation());
        resource.setSpec(spec);
    }

    public static BackupStorageLocationBuilder forLocation(String namespace, String name) {
        return new BackupStorageLocationBuilder(namespace, name);
    }

    public BackupStorageLocationBuilder provider(String provider) {
        spec().setProvider(provider);
        return this;
    }

    public BackupStorageLocationBuilder bucket(String bucket) {
        spec().getObjectStorage().setBucket(bucket);
        return this;
    }

    public BackupStorageLocationBuilder prefix(String prefix) {
        spec().getObjectStorage().setPrefix(prefix);
        return this;
    }

    /** A provider config entry such as {@code region} or {@code s3Url}. */
    public BackupStorageLocationBuilder config(String key, String value) {
        Map<String, String> config = spec().getConfig() == null ? new LinkedHashMap<>()
                : new LinkedHashMap<>(spec().getConfig());
        config.put(key, value);
        spec().setConfig(config);
        return this;
    }

    public BackupStorageLocationBuilder credential(String secretName, String key) {
        spec().setCredential(new SecretKeySelector(key, secretName, null));
        return this;
    }

    public BackupStorageLocationBuilder caCertRef(String secretName, String key) {
        spec().getObjectStorage().setCaCertRef(new SecretKeySelector(key, secretName, null));
        return this;
    }

    /** The CA bundle, base64-encoded as in the JSON (deprecated in favour of {@link #caCertRef}). */
    public BackupStorageLocationBuilder caCert(String base64Pem) {
        spec().getObjectStorage().setCaCert(base64Pem);
        return this;
    }

    public BackupStorageLocationBuilder defaultLocation(boolean isDefault) {
        spec().setDefault(isDefault);
        return this;
    }

    public BackupStorageLocationBuilder accessMode(BackupStorageLocationAccessMode mode) {
        spec().setAccessMode(mode);
        return this;
    }

    public BackupStorageLocationBuilder backupSyncPeriod(String goDuration) {
        spec().setBackupSyncPeriod(GoDuration.parse(goDuration));
        return this;
    }

    public BackupStorageLocationBuilder validationFrequency(String goDuration) {
        spec().setValidationFrequency(GoDuration.parse(goDuration));
        return this;
    }

    public BackupStorageLocationBuilder phase(BackupStorageLocationPhase phase) {
        if (resource.getStatus() == null) {
            resource.setStatus(new BackupStorageLocationStatus());
        }
        resource.getStatus().setPhase(phase);
        return this;
    }

    private BackupStorageLocationSpec spec() {
        return resource.getSpec();
    }
}
