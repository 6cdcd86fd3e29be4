package io.velerojava.cli.restore;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.velerojava.api.v1.Backup;
import io.velerojava.api.v1.BackupStorageLocation;
import io.velerojava.api.v1.Restore;
import io.velerojava.engine.location.BackupStoreResolver;
import io.velerojava.engine.location.OpenedBackupStore;
import io.velerojava.storage.ObjectStoreRegistry;

/**
 * Opens the storage location holding a restore's files (that of the restore's backup) straight from the CLI,
 * with the location's own credentials, which the caller must be allowed to read.
 */
final class RestoreBucket {

    private final KubernetesClient client;
    private final String namespace;

    RestoreBucket(KubernetesClient client, String namespace) {
        this.client = client;
        this.namespace = namespace;
    }

    /** The caller closes the result. */
    OpenedBackupStore open(Restore restore) {
        String backupName = restore.getSpec() == null ? null : restore.getSpec().getBackupName();
        if (backupName == null || backupName.isBlank()) {
            throw new IllegalStateException("restore " + restore.getMetadata().getName()
                    + " names no backup yet, so it has no files");
        }
        Backup backup = client.resources(Backup.class).inNamespace(namespace).withName(backupName).get();
        if (backup == null || backup.getSpec() == null || backup.getSpec().getStorageLocation() == null) {
            throw new IllegalStateException("backup " + backupName + " of restore " + restore.getMetadata().getName()
                    + " no longer exists, so the location of the restore's files is unknown");
        }
        BackupStoreResolver resolver = new BackupStoreResolver(client, namespace, ObjectStoreRegistry.discover());
        String locationName = backup.getSpec().getStorageLocation();
        BackupStorageLocation location = resolver.find(locationName).orElseThrow(() -> new IllegalStateException(
                "backup storage location " + locationName + " of backup " + backupName + " does not exist"));
        return resolver.open(location);
    }
}
