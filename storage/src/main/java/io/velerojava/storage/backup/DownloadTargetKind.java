package io.velerojava.storage.backup;

import java.util.Arrays;
import java.util.Optional;

/** The {@code spec.target.kind} values of a DownloadRequest and the file each one downloads. */
public enum DownloadTargetKind {
    BACKUP_LOG("BackupLog", BackupFile.LOG),
    BACKUP_CONTENTS("BackupContents", BackupFile.CONTENTS),
    BACKUP_VOLUME_SNAPSHOTS("BackupVolumeSnapshots", BackupFile.VOLUME_SNAPSHOTS),
    BACKUP_ITEM_OPERATIONS("BackupItemOperations", BackupFile.ITEM_OPERATIONS),
    BACKUP_RESOURCE_LIST("BackupResourceList", BackupFile.RESOURCE_LIST),
    BACKUP_RESULTS("BackupResults", BackupFile.RESULTS),
    RESTORE_LOG("RestoreLog", RestoreFile.LOG),
    RESTORE_RESULTS("RestoreResults", RestoreFile.RESULTS),
    RESTORE_RESOURCE_LIST("RestoreResourceList", RestoreFile.RESOURCE_LIST),
    RESTORE_ITEM_OPERATIONS("RestoreItemOperations", RestoreFile.ITEM_OPERATIONS),
    CSI_BACKUP_VOLUME_SNAPSHOTS("CSIBackupVolumeSnapshots", BackupFile.CSI_VOLUME_SNAPSHOTS),
    CSI_BACKUP_VOLUME_SNAPSHOT_CONTENTS("CSIBackupVolumeSnapshotContents", BackupFile.CSI_VOLUME_SNAPSHOT_CONTENTS),
    BACKUP_VOLUME_INFOS("BackupVolumeInfos", BackupFile.VOLUME_INFO),
    RESTORE_VOLUME_INFO("RestoreVolumeInfo", RestoreFile.VOLUME_INFO);

    private final String wireName;
    private final Optional<BackupFile> backupFile;
    private final Optional<RestoreFile> restoreFile;

    DownloadTargetKind(String wireName, BackupFile file) {
        this.wireName = wireName;
        this.backupFile = Optional.of(file);
        this.restoreFile = Optional.empty();
    }

    DownloadTargetKind(String wireName, RestoreFile file) {
        this.wireName = wireName;
        this.backupFile = Optional.empty();
        this.restoreFile = Optional.of(file);
    }

    /** The value as it appears in a DownloadRequest: {@code BackupLog}. */
    public String wireName() {
        return wireName;
    }

    /** The backup file this kind downloads; empty for restore kinds, whose target name is a restore's. */
    public Optional<BackupFile> backupFile() {
        return backupFile;
    }

    /** The restore file this kind downloads; empty for backup kinds. */
    public Optional<RestoreFile> restoreFile() {
        return restoreFile;
    }

    /** The kind a DownloadRequest names, or empty for a value Velero does not define. */
    public static Optional<DownloadTargetKind> fromWireName(String wireName) {
        return Arrays.stream(values()).filter(kind -> kind.wireName.equals(wireName)).findFirst();
    }
}
