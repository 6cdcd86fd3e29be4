package io.velerojava.api;

import io.fabric8.kubernetes.client.CustomResource;
import io.velerojava.api.v1.Backup;
import io.velerojava.api.v1.BackupRepository;
import io.velerojava.api.v1.BackupStorageLocation;
import io.velerojava.api.v1.DeleteBackupRequest;
import io.velerojava.api.v1.DownloadRequest;
import io.velerojava.api.v1.PodVolumeBackup;
import io.velerojava.api.v1.PodVolumeRestore;
import io.velerojava.api.v1.Restore;
import io.velerojava.api.v1.Schedule;
import io.velerojava.api.v1.ServerStatusRequest;
import io.velerojava.api.v1.VolumeSnapshotLocation;
import io.velerojava.api.v2alpha1.DataDownload;
import io.velerojava.api.v2alpha1.DataUpload;
import java.util.List;

/** Every kind of the velero.io API group, the single list that CRD generation, installation and tests share. */
public final class VeleroKinds {

    public static final String GROUP = "velero.io";

    /** The kinds in the order Velero's installer creates their CRDs. */
    public static final List<Class<? extends CustomResource<?, ?>>> ALL = List.of(
            Backup.class,
            BackupRepository.class,
            BackupStorageLocation.class,
            DeleteBackupRequest.class,
            DownloadRequest.class,
            PodVolumeBackup.class,
            PodVolumeRestore.class,
            Restore.class,
            Schedule.class,
            ServerStatusRequest.class,
            VolumeSnapshotLocation.class,
            DataDownload.class,
            DataUpload.class);

    private VeleroKinds() {
    }
}
