package io.velerojava.engine.podvolume.repository;

import io.velerojava.api.v1.BackupStorageLocation;
import io.velerojava.api.v1.BackupStorageLocationAccessMode;
import io.velerojava.engine.location.BackupStoreResolver;
import io.velerojava.engine.location.OpenedBackupStore;
import io.velerojava.repository.Repository;
import io.velerojava.repository.RepositoryOptions;
import io.velerojava.repository.content.BlobLayout;
import java.io.IOException;

/**
 * The repositories of pod volume data: one per (volume namespace, backup storage location), under
 * {@code <prefix>/kopia/<namespace>/} of the location's bucket, a top-level folder Velero's location validation
 * accepts. All are encrypted with the installation's {@link RepositoryPassword}.
 *
 * <p>Only the node agent's BackupRepository controller creates repositories ({@link #ensure}); pod volume backups,
 * restores and the server's backup deletion only {@link #open} them. Two creators racing on one empty prefix could
 * each write a config blob with its own keys, and data written under the losing keys would be unreadable.
 */
public final class VolumeRepositories {

    private final BackupStoreResolver locations;
    private final RepositoryPassword password;

    public VolumeRepositories(BackupStoreResolver locations, RepositoryPassword password) {
        this.locations = locations;
        this.password = password;
    }

    /**
     * Opens the existing repository; the caller closes the result.
     *
     * @throws IOException if there is none yet, the password does not open it, or the bucket cannot be read
     */
    public OpenedRepository open(BackupStorageLocation location, String volumeNamespace) throws IOException {
        OpenedBackupStore store = locations.open(location);
        try {
            ObjectStoreBlobStorage blobs = blobStorage(store, volumeNamespace);
            if (!blobs.exists(BlobLayout.CONFIG)) {
                throw new IOException("there is no repository for namespace " + volumeNamespace + " in "
                        + describe(location, store, volumeNamespace) + "; its BackupRepository creates it");
            }
            return new OpenedRepository(Repository.open(blobs, password.getOrCreate()), store);
        } catch (IOException | RuntimeException e) {
            store.close();
            throw e;
        }
    }

    /**
     * Makes sure the repository exists and opens with the password, creating an empty one if the prefix holds
     * none.
     *
     * @throws IOException if it cannot be opened, or is missing and the location is read-only
     */
    public RepositoryState ensure(BackupStorageLocation location, String volumeNamespace) throws IOException {
        try (OpenedBackupStore store = locations.open(location)) {
            ObjectStoreBlobStorage blobs = blobStorage(store, volumeNamespace);
            if (blobs.exists(BlobLayout.CONFIG)) {
                Repository.open(blobs, password.getOrCreate()).close();
                return RepositoryState.EXISTING;
            }
            if (BackupStorageLocationAccessMode.READ_ONLY.equals(location.getSpec().getAccessMode())) {
                throw new IOException("there is no repository for namespace " + volumeNamespace + " in "
                        + describe(location, store, volumeNamespace) + ", and the location is read-only, so none "
                        + "is created");
            }
            Repository.create(blobs, password.getOrCreate(), RepositoryOptions.DEFAULT).close();
            return RepositoryState.CREATED;
        }
    }

    private static ObjectStoreBlobStorage blobStorage(OpenedBackupStore store, String volumeNamespace) {
        return new ObjectStoreBlobStorage(store.objectStore(),
                store.backupStore().layout().kopiaRepositoryPrefix(volumeNamespace));
    }

    private static String describe(BackupStorageLocation location, OpenedBackupStore store, String namespace) {
        return "backup storage location " + location.getMetadata().getName() + " (key prefix "
                + store.backupStore().layout().kopiaRepositoryPrefix(namespace) + ")";
    }
}
