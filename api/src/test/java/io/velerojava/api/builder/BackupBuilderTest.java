package io.velerojava.api.builder;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.velerojava.api.GoDuration;
import io.velerojava.api.VeleroLabels;
import io.velerojava.api.v1.Backup;
import io.velerojava.api.v1.BackupPhase;
import io.velerojava.api.v1.PodVolumeBackupPhase;
import io.velerojava.api.v1.PodVolumeRestorePhase;
import io.velerojava.api.v1.Restore;
import io.velerojava.api.v1.Schedule;
import io.velerojava.api.v1.UploaderType;
import io.velerojava.api.v2alpha1.DataDownloadPhase;
import io.velerojava.api.v2alpha1.DataUploadPhase;
import io.velerojava.api.v2alpha1.NodeOS;
import org.junit.jupiter.api.Test;

class BackupBuilderTest {

    private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void buildsABackupWithMetadataSpecAndStatus() {
        Backup backup = BackupBuilder.forBackup("velero", "b1")
                .labels("team", "web")
                .includedNamespaces("app", "db")
                .includedNamespaces("cache")
                .ttl("72h")
                .storageLocation("default")
                .phase(BackupPhase.COMPLETED)
                .build();

        assertThat(backup.getApiVersion()).isEqualTo("velero.io/v1");
        assertThat(backup.getKind()).isEqualTo("Backup");
        assertThat(backup.getMetadata().getNamespace()).isEqualTo("velero");
        assertThat(backup.getMetadata().getName()).isEqualTo("b1");
        assertThat(backup.getMetadata().getLabels()).containsEntry("team", "web");
        assertThat(backup.getSpec().getIncludedNamespaces()).containsExactly("app", "db", "cache");
        assertThat(backup.getSpec().getTtl()).isEqualTo(GoDuration.parse("72h0m0s"));
        assertThat(backup.getStatus().getPhase()).isEqualTo(BackupPhase.COMPLETED);
    }

    @Test
    void aBackupFromAScheduleCarriesItsTemplateAndLabels() {
        Schedule schedule = ScheduleBuilder.forSchedule("velero", "daily")
                .labels("team", "web")
                .annotations("owner", "ops")
                .cron("@daily")
                .template(BackupBuilder.forBackup(null, null).includedNamespaces("app").ttl("168h").build().getSpec())
                .build();

        Backup backup = BackupBuilder.fromSchedule(schedule, "daily-20260520030000").build();

        assertThat(backup.getMetadata().getName()).isEqualTo("daily-20260520030000");
        assertThat(backup.getMetadata().getNamespace()).isEqualTo("velero");
        assertThat(backup.getMetadata().getLabels())
                .containsEntry("team", "web").containsEntry(VeleroLabels.SCHEDULE_NAME, "daily");
        assertThat(backup.getMetadata().getAnnotations()).containsEntry("owner", "ops");
        assertThat(backup.getSpec()).isEqualTo(schedule.getSpec().getTemplate()).isNotSameAs(schedule.getSpec().getTemplate());
    }

    @Test
    void deleteBackupRequestsAreNamedAndLabelledLikeVeleros() {
        var request = DeleteBackupRequestBuilder.forBackup("velero", "b1", "uid-1").build();

        assertThat(request.getMetadata().getGenerateName()).isEqualTo("b1-");
        assertThat(request.getMetadata().getLabels())
                .containsEntry(VeleroLabels.BACKUP_NAME, "b1").containsEntry(VeleroLabels.BACKUP_UID, "uid-1");
        assertThat(request.getSpec().getBackupName()).isEqualTo("b1");
    }

    @Test
    void longLabelValuesAreShortenedLikeVeleros() {
        String longName = "a".repeat(70);

        assertThat(VeleroLabels.validValue(longName)).hasSize(63).startsWith("a".repeat(57));
        assertThat(VeleroLabels.validValue("short")).isEqualTo("short");
    }

    @Test
    void podVolumeBackupsSerializeWithVelerosFieldNames() throws JsonProcessingException {
        Backup backup = BackupBuilder.forBackup("velero", "b1").uid("backup-uid-1").storageLocation("default").build();

        var volumeBackup = PodVolumeBackupBuilder.forBackup(backup)
                .node("node-1")
                .pod("app", "web-0", "pod-uid-1")
                .volume("data")
                .pvc("data-web-0", "pvc-uid-1")
                .uploaderType(UploaderType.KOPIA)
                .tags("pod", "web-0", "ns", "app", "volume", "data")
                .uploaderSettings("ParallelFilesUpload", "4")
                .phase(PodVolumeBackupPhase.COMPLETED)
                .snapshotID("snap-1")
                .build();

        assertThat(jsonOf(volumeBackup)).isEqualTo(JSON.readTree("""
                {
                  "apiVersion": "velero.io/v1",
                  "kind": "PodVolumeBackup",
                  "metadata": {
                    "namespace": "velero",
                    "generateName": "b1-",
                    "labels": {"velero.io/backup-name": "b1", "velero.io/backup-uid": "backup-uid-1",
                               "velero.io/pvc-uid": "pvc-uid-1"},
                    "annotations": {"velero.io/pvc-name": "data-web-0"},
                    "ownerReferences": [{"apiVersion": "velero.io/v1", "kind": "Backup", "name": "b1",
                                         "uid": "backup-uid-1", "controller": true, "blockOwnerDeletion": true}]
                  },
                  "spec": {
                    "node": "node-1",
                    "pod": {"kind": "Pod", "namespace": "app", "name": "web-0", "uid": "pod-uid-1"},
                    "volume": "data",
                    "backupStorageLocation": "default",
                    "repoIdentifier": "",
                    "uploaderType": "kopia",
                    "tags": {"backup": "b1", "backup-uid": "backup-uid-1", "pvc-uid": "pvc-uid-1",
                             "pod": "web-0", "ns": "app", "volume": "data"},
                    "uploaderSettings": {"ParallelFilesUpload": "4"}
                  },
                  "status": {"phase": "Completed", "snapshotID": "snap-1"}
                }
                """));
    }

    @Test
    void podVolumeRestoresSerializeWithVelerosFieldNames() throws JsonProcessingException {
        Restore restore = RestoreBuilder.forRestore("velero", "r1").uid("restore-uid-1").build();

        var volumeRestore = PodVolumeRestoreBuilder.forRestore(restore)
                .pod("app-copy", "web-0", "pod-uid-2")
                .pvcUid("pvc-uid-1")
                .volume("data")
                .backupStorageLocation("default")
                .uploaderType(UploaderType.KOPIA)
                .snapshotID("snap-1")
                .sourceNamespace("app")
                .uploaderSettings("WriteSparseFiles", "true")
                .snapshotSize(1024)
                .phase(PodVolumeRestorePhase.NEW)
                .build();

        assertThat(jsonOf(volumeRestore)).isEqualTo(JSON.readTree("""
                {
                  "apiVersion": "velero.io/v1",
                  "kind": "PodVolumeRestore",
                  "metadata": {
                    "namespace": "velero",
                    "generateName": "r1-",
                    "labels": {"velero.io/restore-name": "r1", "velero.io/restore-uid": "restore-uid-1",
                               "velero.io/pod-uid": "pod-uid-2", "velero.io/pvc-uid": "pvc-uid-1"},
                    "ownerReferences": [{"apiVersion": "velero.io/v1", "kind": "Restore", "name": "r1",
                                         "uid": "restore-uid-1", "controller": true, "blockOwnerDeletion": true}]
                  },
                  "spec": {
                    "pod": {"kind": "Pod", "namespace": "app-copy", "name": "web-0", "uid": "pod-uid-2"},
                    "volume": "data",
                    "backupStorageLocation": "default",
                    "repoIdentifier": "",
                    "uploaderType": "kopia",
                    "snapshotID": "snap-1",
                    "sourceNamespace": "app",
                    "uploaderSettings": {"WriteSparseFiles": "true"},
                    "snapshotSize": 1024
                  },
                  "status": {"phase": "New"}
                }
                """));
    }

    @Test
    void dataUploadsSerializeWithVelerosFieldNames() throws JsonProcessingException {
        Backup backup = BackupBuilder.forBackup("velero", "b1").uid("backup-uid-1").storageLocation("default")
                .csiSnapshotTimeout("10m").build();

        var upload = DataUploadBuilder.forBackup(backup)
                .csiSnapshot("velero-data-web-0-abcde", "standard")
                .csiSnapshotClass("csi-hostpath-snapclass")
                .csiDriver("hostpath.csi.k8s.io")
                .sourcePVC("app", "data-web-0", "pvc-uid-1")
                .dataMoverConfig("WriteSparseFiles", "true")
                .phase(DataUploadPhase.IN_PROGRESS)
                .build();

        assertThat(jsonOf(upload)).isEqualTo(JSON.readTree("""
                {
                  "apiVersion": "velero.io/v2alpha1",
                  "kind": "DataUpload",
                  "metadata": {
                    "namespace": "velero",
                    "generateName": "b1-",
                    "labels": {"velero.io/backup-name": "b1", "velero.io/backup-uid": "backup-uid-1",
                               "velero.io/pvc-uid": "pvc-uid-1"},
                    "ownerReferences": [{"apiVersion": "velero.io/v1", "kind": "Backup", "name": "b1",
                                         "uid": "backup-uid-1", "controller": true, "blockOwnerDeletion": true}]
                  },
                  "spec": {
                    "snapshotType": "CSI",
                    "csiSnapshot": {"volumeSnapshot": "velero-data-web-0-abcde", "storageClass": "standard",
                                    "snapshotClass": "csi-hostpath-snapclass", "driver": "hostpath.csi.k8s.io"},
                    "sourcePVC": "data-web-0",
                    "backupStorageLocation": "default",
                    "sourceNamespace": "app",
                    "dataMoverConfig": {"WriteSparseFiles": "true"},
                    "operationTimeout": "10m0s"
                  },
                  "status": {"phase": "InProgress"}
                }
                """));
    }

    @Test
    void dataDownloadsSerializeWithVelerosFieldNames() throws JsonProcessingException {
        Restore restore = RestoreBuilder.forRestore("velero", "r1").uid("restore-uid-1").itemOperationTimeout("4h")
                .build();

        var download = DataDownloadBuilder.forRestore(restore)
                .targetVolume("app-copy", "data-web-0", "pvc-0f1e")
                .backupStorageLocation("default")
                .snapshotID("snap-1")
                .sourceNamespace("app")
                .nodeOS(NodeOS.LINUX)
                .snapshotSize(2048)
                .phase(DataDownloadPhase.ACCEPTED)
                .build();

        assertThat(jsonOf(download)).isEqualTo(JSON.readTree("""
                {
                  "apiVersion": "velero.io/v2alpha1",
                  "kind": "DataDownload",
                  "metadata": {
                    "namespace": "velero",
                    "generateName": "r1-",
                    "labels": {"velero.io/restore-name": "r1", "velero.io/restore-uid": "restore-uid-1"},
                    "ownerReferences": [{"apiVersion": "velero.io/v1", "kind": "Restore", "name": "r1",
                                         "uid": "restore-uid-1", "controller": true, "blockOwnerDeletion": true}]
                  },
                  "spec": {
                    "targetVolume": {"pvc": "data-web-0", "pv": "pvc-0f1e", "namespace": "app-copy"},
                    "backupStorageLocation": "default",
                    "snapshotID": "snap-1",
                    "sourceNamespace": "app",
                    "operationTimeout": "4h0m0s",
                    "nodeOS": "linux",
                    "snapshotSize": 2048
                  },
                  "status": {"phase": "Accepted"}
                }
                """));
    }

    private static JsonNode jsonOf(Object resource) throws JsonProcessingException {
        return JSON.readTree(SERIALIZATION.asJson(resource));
    }
}
