package io.velerojava.api.builder;

import io.velerojava.api.GoDuration;
import io.velerojava.api.VeleroLabels;
import io.velerojava.api.v1.BackupRepository;
import io.velerojava.api.v1.BackupRepositorySpec;
import io.velerojava.api.v1.RepositoryType;

/**
 * Builds a {@link BackupRepository}. {@link #forRepository} names and labels it as Velero does:
 * {@code <volumeNamespace>-<location>-<type>}.
 */
public final class BackupRepositoryBuilder extends KindBuilder<BackupRepositoryBuilder, BackupRepository> {

    private BackupRepositoryBuilder(String namespace, String name) {
        super(new BackupRepository(), namespace, name);
        BackupRepositorySpec spec = new BackupRepositorySpec();
        spec.setResticIdentifier("");
        spec.setMaintenanceFrequency(GoDuration.ZERO);
        resource.setSpec(spec);
    }

    public static BackupRepositoryBuilder forRepository(String namespace, String volumeNamespace, String location,
                                                        RepositoryType type) {
        BackupRepositoryBuilder builder = new BackupRepositoryBuilder(namespace,
                volumeNamespace + "-" + location + "-" + type.value());
        builder.resource.getSpec().setVolumeNamespace(volumeNamespace);
        builder.resource.getSpec().setBackupStorageLocation(location);
        builder.resource.getSpec().setRepositoryType(type);
        return builder.labels(VeleroLabels.VOLUME_NAMESPACE, VeleroLabels.validValue(volumeNamespace),
                VeleroLabels.STORAGE_LOCATION, VeleroLabels.validValue(location),
                VeleroLabels.REPOSITORY_TYPE, type.value());
    }

    public BackupRepositoryBuilder maintenanceFrequency(String goDuration) {
        resource.getSpec().setMaintenanceFrequency(GoDuration.parse(goDuration));
        return this;
    }
}
