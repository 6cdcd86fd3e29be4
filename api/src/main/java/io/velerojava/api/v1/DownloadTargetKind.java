package io.velerojava.api.v1;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.velerojava.api.OpenEnum;
import java.util.List;
import java.util.Objects;

/**
 * What a {@link DownloadRequest} asks a signed URL for.
 *
 * <p>An open enum: a value this version does not know (written by a newer Velero) is kept verbatim, see {@link OpenEnum}.
 */
public record DownloadTargetKind(String value) implements OpenEnum {

    public static final DownloadTargetKind BACKUP_LOG = new DownloadTargetKind("BackupLog");
    public static final DownloadTargetKind BACKUP_CONTENTS = new DownloadTargetKind("BackupContents");
    public static final DownloadTargetKind BACKUP_VOLUME_SNAPSHOTS = new DownloadTargetKind("BackupVolumeSnapshots");
    public static final DownloadTargetKind BACKUP_ITEM_OPERATIONS = new DownloadTargetKind("BackupItemOperations");
    public static final DownloadTargetKind BACKUP_RESOURCE_LIST = new DownloadTargetKind("BackupResourceList");
    public static final DownloadTargetKind BACKUP_RESULTS = new DownloadTargetKind("BackupResults");
    public static final DownloadTargetKind RESTORE_LOG = new DownloadTargetKind("RestoreLog");
    public static final DownloadTargetKind RESTORE_RESULTS = new DownloadTargetKind("RestoreResults");
    public static final DownloadTargetKind RESTORE_RESOURCE_LIST = new DownloadTargetKind("RestoreResourceList");
    public static final DownloadTargetKind RESTORE_ITEM_OPERATIONS = new DownloadTargetKind("RestoreItemOperations");
    public static final DownloadTargetKind CSI_BACKUP_VOLUME_SNAPSHOTS = new DownloadTargetKind("CSIBackupVolumeSnapshots");
    public static final DownloadTargetKind CSI_BACKUP_VOLUME_SNAPSHOT_CONTENTS = new DownloadTargetKind("CSIBackupVolumeSnapshotContents");
    public static final DownloadTargetKind BACKUP_VOLUME_INFOS = new DownloadTargetKind("BackupVolumeInfos");
    public static final DownloadTargetKind RESTORE_VOLUME_INFO = new DownloadTargetKind("RestoreVolumeInfo");

    /** Every value this version knows, in Velero's order. */
    public static final List<DownloadTargetKind> KNOWN = List.of(BACKUP_LOG, BACKUP_CONTENTS, BACKUP_VOLUME_SNAPSHOTS, BACKUP_ITEM_OPERATIONS, BACKUP_RESOURCE_LIST, BACKUP_RESULTS, RESTORE_LOG, RESTORE_RESULTS, RESTORE_RESOURCE_LIST, RESTORE_ITEM_OPERATIONS, CSI_BACKUP_VOLUME_SNAPSHOTS, CSI_BACKUP_VOLUME_SNAPSHOT_CONTENTS, BACKUP_VOLUME_INFOS, RESTORE_VOLUME_INFO);

    public DownloadTargetKind {
        Objects.requireNonNull(value, "value");
    }

    @JsonCreator
    public static DownloadTargetKind of(String value) {
        return new DownloadTargetKind(value);
    }

    @JsonValue
    @Override
    public String value() {
        return value;
    }

    @Override
    public boolean isKnown() {
        return KNOWN.contains(this);
    }

    @Override
    public String toString() {
        return value;
    }
}
