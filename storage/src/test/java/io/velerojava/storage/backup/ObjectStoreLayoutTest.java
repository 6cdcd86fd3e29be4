package io.velerojava.storage.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Golden keys: the bucket layout is a contract with Velero, so the expected keys are written out in full. */
class ObjectStoreLayoutTest {

    private final ObjectStoreLayout layout = new ObjectStoreLayout("cluster-a");

    @ParameterizedTest
    @CsvSource({
            "METADATA,                     cluster-a/backups/b1/velero-backup.json",
            "CONTENTS,                     cluster-a/backups/b1/b1.tar.gz",
            "LOG,                          cluster-a/backups/b1/b1-logs.gz",
            "POD_VOLUME_BACKUPS,           cluster-a/backups/b1/b1-podvolumebackups.json.gz",
            "VOLUME_SNAPSHOTS,             cluster-a/backups/b1/b1-volumesnapshots.json.gz",
            "ITEM_OPERATIONS,              cluster-a/backups/b1/b1-itemoperations.json.gz",
            "RESOURCE_LIST,                cluster-a/backups/b1/b1-resource-list.json.gz",
            "CSI_VOLUME_SNAPSHOTS,         cluster-a/backups/b1/b1-csi-volumesnapshots.json.gz",
            "CSI_VOLUME_SNAPSHOT_CONTENTS, cluster-a/backups/b1/b1-csi-volumesnapshotcontents.json.gz",
            "CSI_VOLUME_SNAPSHOT_CLASSES,  cluster-a/backups/b1/b1-csi-volumesnapshotclasses.json.gz",
            "RESULTS,                      cluster-a/backups/b1/b1-results.gz",
            "VOLUME_INFO,                  cluster-a/backups/b1/b1-volumeinfo.json.gz",
    })
    void backupKeys(BackupFile file, String expectedKey) {
        assertThat(layout.backupKey("b1", file)).isEqualTo(expectedKey);
    }

    @Test
    void everyBackupFileHasAGoldenKey() {
        assertThat(BackupFile.values()).hasSize(12);
        assertThat(RestoreFile.values()).hasSize(5);
        assertThat(DownloadTargetKind.values()).hasSize(14);
    }

    @ParameterizedTest
    @CsvSource({
            "LOG,             cluster-a/restores/r1/restore-r1-logs.gz",
            "RESULTS,         cluster-a/restores/r1/restore-r1-results.gz",
            "RESOURCE_LIST,   cluster-a/restores/r1/restore-r1-resource-list.json.gz",
            "ITEM_OPERATIONS, cluster-a/restores/r1/restore-r1-itemoperations.json.gz",
            "VOLUME_INFO,     cluster-a/restores/r1/r1-volumeinfo.json.gz",
    })
    void restoreKeys(RestoreFile file, String expectedKey) {
        assertThat(layout.restoreKey("r1", file)).isEqualTo(expectedKey);
    }

    @ParameterizedTest
    @CsvSource({
            "BackupLog,                       x, cluster-a/backups/x/x-logs.gz",
            "BackupContents,                  x, cluster-a/backups/x/x.tar.gz",
            "BackupVolumeSnapshots,           x, cluster-a/backups/x/x-volumesnapshots.json.gz",
            "BackupItemOperations,            x, cluster-a/backups/x/x-itemoperations.json.gz",
            "BackupResourceList,              x, cluster-a/backups/x/x-resource-list.json.gz",
            "BackupResults,                   x, cluster-a/backups/x/x-results.gz",
            "RestoreLog,                      y, cluster-a/restores/y/restore-y-logs.gz",
            "RestoreResults,                  y, cluster-a/restores/y/restore-y-results.gz",
            "RestoreResourceList,             y, cluster-a/restores/y/restore-y-resource-list.json.gz",
            "RestoreItemOperations,           y, cluster-a/restores/y/restore-y-itemoperations.json.gz",
            "CSIBackupVolumeSnapshots,        x, cluster-a/backups/x/x-csi-volumesnapshots.json.gz",
            "CSIBackupVolumeSnapshotContents, x, cluster-a/backups/x/x-csi-volumesnapshotcontents.json.gz",
            "BackupVolumeInfos,               x, cluster-a/backups/x/x-volumeinfo.json.gz",
            "RestoreVolumeInfo,               y, cluster-a/restores/y/y-volumeinfo.json.gz",
    })
    void downloadRequestKeys(String wireKind, String name, String expectedKey) {
        DownloadTargetKind kind = DownloadTargetKind.fromWireName(wireKind).orElseThrow();

        assertThat(layout.downloadKey(kind, name)).isEqualTo(expectedKey);
    }

    @Test
    void anUnknownDownloadKindIsEmpty() {
        assertThat(DownloadTargetKind.fromWireName("BackupEverything")).isEmpty();
        assertThat(Arrays.stream(DownloadTargetKind.values()).map(DownloadTargetKind::wireName).distinct())
                .hasSize(14);
    }

    @Test
    void directoriesAndRepositoriesLiveUnderTheRoot() {
        assertThat(layout.rootPrefix()).isEqualTo("cluster-a/");
        assertThat(layout.backupsPrefix()).isEqualTo("cluster-a/backups/");
        assertThat(layout.restoresPrefix()).isEqualTo("cluster-a/restores/");
        assertThat(layout.backupPrefix("b1")).isEqualTo("cluster-a/backups/b1/");
        assertThat(layout.kopiaRepositoryPrefix("app")).isEqualTo("cluster-a/kopia/app/");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "/", "//"})
    void withoutPrefixKeysStartAtTheBucketRoot(String prefix) {
        ObjectStoreLayout rootLayout = new ObjectStoreLayout(prefix);

        assertThat(rootLayout.rootPrefix()).isEmpty();
        assertThat(rootLayout.backupKey("b1", BackupFile.METADATA)).isEqualTo("backups/b1/velero-backup.json");
        assertThat(rootLayout.restoreKey("r1", RestoreFile.VOLUME_INFO)).isEqualTo("restores/r1/r1-volumeinfo.json.gz");
    }

    @Test
    void surroundingSlashesOfThePrefixAreIgnored() {
        assertThat(new ObjectStoreLayout("/a/b/").backupsPrefix()).isEqualTo("a/b/backups/");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "a/b", "..", "."})
    void namesThatWouldEscapeTheirDirectoryAreRejected(String name) {
        assertThatThrownBy(() -> layout.backupKey(name, BackupFile.METADATA))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("invalid backup name");
    }
}
