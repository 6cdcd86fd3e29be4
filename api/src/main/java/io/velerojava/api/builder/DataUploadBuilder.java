package io.velerojava.api.builder;

import io.velerojava.api.GoDuration;
import io.velerojava.api.VeleroLabels;
import io.velerojava.api.v1.Backup;
import io.velerojava.api.v2alpha1.CSISnapshotSpec;
import io.velerojava.api.v2alpha1.DataUpload;
import io.velerojava.api.v2alpha1.DataUploadPhase;
import io.velerojava.api.v2alpha1.DataUploadSpec;
import io.velerojava.api.v2alpha1.DataUploadStatus;
import io.velerojava.api.v2alpha1.SnapshotType;

/**
 * Builds a {@link DataUpload} of a CSI snapshot. {@link #forBackup} makes it the way Velero's backup does:
 * {@code generateName: <backup>-}, controlled by the backup, the backup's name and UID as labels, the backup's
 * storage location and CSI snapshot timeout.
 */
public final class DataUploadBuilder extends KindBuilder<DataUploadBuilder, DataUpload> {

    private DataUploadBuilder(String namespace, String name) {
        super(new DataUpload(), namespace, name);
        DataUploadSpec spec = new DataUploadSpec();
        // The only snapshot type Velero moves.
        spec.setSnapshotType(SnapshotType.CSI);
        resource.setSpec(spec);
    }

    public static DataUploadBuilder forDataUpload(String namespace, String name) {
        return new DataUploadBuilder(namespace, name);
    }

    /** A data upload belonging to {@code backup}, named by the API server. */
    public static DataUploadBuilder forBackup(Backup backup) {
        String backupName = backup.getMetadata().getName();
        DataUploadBuilder builder = new DataUploadBuilder(backup.getMetadata().getNamespace(), null)
                .generateName(backupName + "-")
                .controlledBy(backup)
                .labels(VeleroLabels.BACKUP_NAME, VeleroLabels.validValue(backupName),
                        VeleroLabels.BACKUP_UID, backup.getMetadata().getUid())
                .backupStorageLocation(backup.getSpec().getStorageLocation());
        builder.spec().setOperationTimeout(backup.getSpec().getCsiSnapshotTimeout());
        return builder;
    }

    public DataUploadBuilder snapshotType(SnapshotType type) {
        spec().setSnapshotType(type);
        return this;
    }

    /** The VolumeSnapshot to read from and the storage class of the PVC made from it. */
    public DataUploadBuilder csiSnapshot(String volumeSnapshot, String storageClass) {
        csi().setVolumeSnapshot(volumeSnapshot);
        csi().setStorageClass(storageClass);
        return this;
    }

    public DataUploadBuilder csiSnapshotClass(String snapshotClass) {
        csi().setSnapshotClass(snapshotClass);
        return this;
    }

    public DataUploadBuilder csiDriver(String driver) {
        csi().setDriver(driver);
        return this;
    }

    /** The PVC whose data is moved, and its namespace; its UID is set as the {@value VeleroLabels#PVC_UID} label. */
    public DataUploadBuilder sourcePVC(String namespace, String name, String uid) {
        spec().setSourceNamespace(namespace);
        spec().setSourcePVC(name);
        return labels(VeleroLabels.PVC_UID, uid);
    }

    /** The data mover; empty means Velero's built-in one. */
    public DataUploadBuilder datamover(String datamover) {
        spec().setDatamover(datamover);
        return this;
    }

    public DataUploadBuilder backupStorageLocation(String location) {
        spec().setBackupStorageLocation(location);
        return this;
    }

    /** Adds data mover configuration given as alternating keys and values. */
    public DataUploadBuilder dataMoverConfig(String... keysAndValues) {
        spec().setDataMoverConfig(putAll(spec().getDataMoverConfig(), keysAndValues));
        return this;
    }

    public DataUploadBuilder cancel(boolean cancel) {
        spec().setCancel(cancel);
        return this;
    }

    public DataUploadBuilder operationTimeout(String goDuration) {
        spec().setOperationTimeout(GoDuration.parse(goDuration));
        return this;
    }

    public DataUploadBuilder phase(DataUploadPhase phase) {
        status().setPhase(phase);
        return this;
    }

    /** The repository snapshot the data mover made. */
    public DataUploadBuilder snapshotID(String snapshotId) {
        status().setSnapshotID(snapshotId);
        return this;
    }

    private DataUploadSpec spec() {
        return resource.getSpec();
    }

    private CSISnapshotSpec csi() {
        if (spec().getCsiSnapshot() == null) {
            spec().setCsiSnapshot(new CSISnapshotSpec());
        }
        return spec().getCsiSnapshot();
    }

    private DataUploadStatus status() {
        if (resource.getStatus() == null) {
            resource.setStatus(new DataUploadStatus());
        }
        return resource.getStatus();
    }
}
