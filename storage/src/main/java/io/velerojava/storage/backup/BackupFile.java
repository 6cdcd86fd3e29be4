package io.velerojava.storage.backup;

import java.util.function.UnaryOperator;

/**
 * The files of a backup under {@code backups/<backup>/}, in the order {@link BackupStore#putBackup} writes the
 * sidecars. Names are Velero's ({@code pkg/persistence/object_store_layout.go}).
 */
public enum BackupFile {
    /** The Backup object as pretty JSON, not compressed; its presence is what makes a backup exist. */
    METADATA(backup -> "velero-backup.json"),
    /** The resource tarball. */
    CONTENTS(backup -> backup + ".tar.gz"),
    LOG(backup -> backup + "-logs.gz"),
    POD_VOLUME_BACKUPS(backup -> backup + "-podvolumebackups.json.gz"),
    VOLUME_SNAPSHOTS(backup -> backup + "-volumesnapshots.json.gz"),
    ITEM_OPERATIONS(backup -> backup + "-itemoperations.json.gz"),
    RESOURCE_LIST(backup -> backup + "-resource-list.json.gz"),
    /** Written by Velero 1.4-1.16; still read and downloadable. */
    CSI_VOLUME_SNAPSHOTS(backup -> backup + "-csi-volumesnapshots.json.gz"),
    /** Written by Velero 1.4-1.16; still read and downloadable. */
    CSI_VOLUME_SNAPSHOT_CONTENTS(backup -> backup + "-csi-volumesnapshotcontents.json.gz"),
    /** Written by Velero 1.9-1.17; still read. */
    CSI_VOLUME_SNAPSHOT_CLASSES(backup -> backup + "-csi-volumesnapshotclasses.json.gz"),
    RESULTS(backup -> backup + "-results.gz"),
    VOLUME_INFO(backup -> backup + "-volumeinfo.json.gz");

    private final UnaryOperator<String> fileName;

    BackupFile(UnaryOperator<String> fileName) {
        this.fileName = fileName;
    }

    /** The file's name within the backup's directory. */
    public String fileName(String backup) {
        return fileName.apply(backup);
    }

    /** True for the files written after the tarball: everything except metadata, tarball and log. */
    public boolean isSidecar() {
        return this != METADATA && this != CONTENTS && this != LOG;
    }
}
