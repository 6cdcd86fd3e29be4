package io.velerojava.api.builder;

import io.velerojava.api.GoDuration;
import io.velerojava.api.VeleroLabels;
import io.velerojava.api.v1.Restore;
import io.velerojava.api.v2alpha1.DataDownload;
import io.velerojava.api.v2alpha1.DataDownloadPhase;
import io.velerojava.api.v2alpha1.DataDownloadSpec;
import io.velerojava.api.v2alpha1.DataDownloadStatus;
import io.velerojava.api.v2alpha1.NodeOS;
import io.velerojava.api.v2alpha1.TargetVolumeSpec;

/**
 * Builds a {@link DataDownload}. {@link #forRestore} makes it the way Velero's restore does: {@code generateName:
 * <restore>-}, controlled by the restore, the restore's name and UID as labels, the restore's item operation timeout.
 */
public final class DataDownloadBuilder extends KindBuilder<DataDownloadBuilder, DataDownload> {

    private DataDownloadBuilder(String namespace, String name) {
        super(new DataDownload(), namespace, name);
        resource.setSpec(new DataDownloadSpec());
    }

    public static DataDownloadBuilder forDataDownload(String namespace, String name) {
        return new DataDownloadBuilder(namespace, name);
    }

    /** A data download belonging to {@code restore}, named by the API server. */
    public static DataDownloadBuilder forRestore(Restore restore) {
        String restoreName = restore.getMetadata().getName();
        DataDownloadBuilder builder = new DataDownloadBuilder(restore.getMetadata().getNamespace(), null)
                .generateName(restoreName + "-")
                .controlledBy(restore)
                .labels(VeleroLabels.RESTORE_NAME, VeleroLabels.validValue(restoreName),
                        VeleroLabels.RESTORE_UID, restore.getMetadata().getUid());
        builder.spec().setOperationTimeout(restore.getSpec().getItemOperationTimeout());
        return builder;
    }

    /** The PVC (in {@code namespace}) and PV the data is written into. */
    public DataDownloadBuilder targetVolume(String namespace, String pvc, String pv) {
        TargetVolumeSpec target = new TargetVolumeSpec();
        target.setNamespace(namespace);
        target.setPvc(pvc);
        target.setPv(pv);
        spec().setTargetVolume(target);
        return this;
    }

    public DataDownloadBuilder backupStorageLocation(String location) {
        spec().setBackupStorageLocation(location);
        return this;
    }

    /** The data mover; empty means Velero's built-in one. */
    public DataDownloadBuilder datamover(String datamover) {
        spec().setDatamover(datamover);
        return this;
    }

    /** The repository snapshot to restore, from the data upload's result. */
    public DataDownloadBuilder snapshotID(String snapshotId) {
        spec().setSnapshotID(snapshotId);
        return this;
    }

    /** The PVC's namespace at backup time, before any namespace mapping. */
    public DataDownloadBuilder sourceNamespace(String namespace) {
        spec().setSourceNamespace(namespace);
        return this;
    }

    /** Adds data mover configuration given as alternating keys and values. */
    public DataDownloadBuilder dataMoverConfig(String... keysAndValues) {
        spec().setDataMoverConfig(putAll(spec().getDataMoverConfig(), keysAndValues));
        return this;
    }

    public DataDownloadBuilder cancel(boolean cancel) {
        spec().setCancel(cancel);
        return this;
    }

    public DataDownloadBuilder operationTimeout(String goDuration) {
        spec().setOperationTimeout(GoDuration.parse(goDuration));
        return this;
    }

    public DataDownloadBuilder nodeOS(NodeOS os) {
        spec().setNodeOS(os);
        return this;
    }

    public DataDownloadBuilder snapshotSize(long bytes) {
        spec().setSnapshotSize(bytes);
        return this;
    }

    public DataDownloadBuilder phase(DataDownloadPhase phase) {
        if (resource.getStatus() == null) {
            resource.setStatus(new DataDownloadStatus());
        }
        resource.getStatus().setPhase(phase);
        return this;
    }

    private DataDownloadSpec spec() {
        return resource.getSpec();
    }
}
