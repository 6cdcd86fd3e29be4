package io.velerojava.api.builder;

import io.velerojava.api.VeleroLabels;
import io.velerojava.api.v1.DeleteBackupRequest;
import io.velerojava.api.v1.DeleteBackupRequestPhase;
import io.velerojava.api.v1.DeleteBackupRequestSpec;
import io.velerojava.api.v1.DeleteBackupRequestStatus;

/**
 * Builds a {@link DeleteBackupRequest}. {@link #forBackup} makes it the way Velero does: {@code generateName:
 * <backup>-} and the backup's name and UID as labels.
 */
public final class DeleteBackupRequestBuilder extends KindBuilder<DeleteBackupRequestBuilder, DeleteBackupRequest> {

    private DeleteBackupRequestBuilder(String namespace, String name, String backupName) {
        super(new DeleteBackupRequest(), namespace, name);
        DeleteBackupRequestSpec spec = new DeleteBackupRequestSpec();
        spec.setBackupName(backupName);
        resource.setSpec(spec);
    }

    public static DeleteBackupRequestBuilder forRequest(String namespace, String name, String backupName) {
        return new DeleteBackupRequestBuilder(namespace, name, backupName);
    }

    /** A request for deleting the backup with this name and UID, named by the API server. */
    public static DeleteBackupRequestBuilder forBackup(String namespace, String backupName, String backupUid) {
        return new DeleteBackupRequestBuilder(namespace, null, backupName)
                .generateName(backupName + "-")
                .labels(VeleroLabels.BACKUP_NAME, VeleroLabels.validValue(backupName), VeleroLabels.BACKUP_UID, backupUid);
    }

    public DeleteBackupRequestBuilder phase(DeleteBackupRequestPhase phase) {
        if (resource.getStatus() == null) {
            resource.setStatus(new DeleteBackupRequestStatus());
        }
        resource.getStatus().setPhase(phase);
        return this;
    }
}
