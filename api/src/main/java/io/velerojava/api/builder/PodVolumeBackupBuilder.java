package io.velerojava.api.builder;

import io.fabric8.kubernetes.api.model.ObjectReferenceBuilder;
import io.velerojava.api.VeleroAnnotations;
import io.velerojava.api.VeleroLabels;
import io.velerojava.api.v1.Backup;
import io.velerojava.api.v1.PodVolumeBackup;
import io.velerojava.api.v1.PodVolumeBackupPhase;
import io.velerojava.api.v1.PodVolumeBackupSpec;
import io.velerojava.api.v1.PodVolumeBackupStatus;
import io.velerojava.api.v1.UploaderType;

/**
 * Builds a {@link PodVolumeBackup}. {@link #forBackup} makes it the way Velero's backup does: {@code generateName:
 * <backup>-}, controlled by the backup, the backup's name and UID as labels and tags, the backup's storage location.
 */
public final class PodVolumeBackupBuilder extends KindBuilder<PodVolumeBackupBuilder, PodVolumeBackup> {

    private PodVolumeBackupBuilder(String namespace, String name) {
        super(new PodVolumeBackup(), namespace, name);
        PodVolumeBackupSpec spec = new PodVolumeBackupSpec();
        // Required by the CRD; kopia repositories have no identifier.
        spec.setRepoIdentifier("");
        resource.setSpec(spec);
    }

    public static PodVolumeBackupBuilder forVolumeBackup(String namespace, String name) {
        return new PodVolumeBackupBuilder(namespace, name);
    }

    /** A pod volume backup belonging to {@code backup}, named by the API server. */
    public static PodVolumeBackupBuilder forBackup(Backup backup) {
        String backupName = backup.getMetadata().getName();
        String backupUid = backup.getMetadata().getUid();
        return new PodVolumeBackupBuilder(backup.getMetadata().getNamespace(), null)
                .generateName(backupName + "-")
                .controlledBy(backup)
                .labels(VeleroLabels.BACKUP_NAME, VeleroLabels.validValue(backupName),
                        VeleroLabels.BACKUP_UID, backupUid)
                .tags("backup", backupName, "backup-uid", backupUid)
                .backupStorageLocation(backup.getSpec().getStorageLocation());
    }

    /** The node the pod runs on, whose node agent does the backup. */
    public PodVolumeBackupBuilder node(String node) {
        spec().setNode(node);
        return this;
    }

    public PodVolumeBackupBuilder pod(String namespace, String name, String uid) {
        spec().setPod(new ObjectReferenceBuilder().withKind("Pod").withNamespace(namespace).withName(name)
                .withUid(uid).build());
        return this;
    }

    /** The volume's name in the pod spec. */
    public PodVolumeBackupBuilder volume(String volume) {
        spec().setVolume(volume);
        return this;
    }

    /** The PVC behind the volume, recorded as Velero does: label, annotation and tag. */
    public PodVolumeBackupBuilder pvc(String name, String uid) {
        return labels(VeleroLabels.PVC_UID, uid)
                .annotations(VeleroAnnotations.PVC_NAME, name)
                .tags("pvc-uid", uid);
    }

    public PodVolumeBackupBuilder backupStorageLocation(String location) {
        spec().setBackupStorageLocation(location);
        return this;
    }

    public PodVolumeBackupBuilder repoIdentifier(String identifier) {
        spec().setRepoIdentifier(identifier);
        return this;
    }

    public PodVolumeBackupBuilder uploaderType(UploaderType type) {
        spec().setUploaderType(type);
        return this;
    }

    /** Adds snapshot tags given as alternating keys and values ({@code pod}, {@code ns}, {@code volume}, ...). */
    public PodVolumeBackupBuilder tags(String... keysAndValues) {
        spec().setTags(putAll(spec().getTags(), keysAndValues));
        return this;
    }

    /** Adds uploader settings given as alternating keys and values, e.g. {@code "ParallelFilesUpload", "4"}. */
    public PodVolumeBackupBuilder uploaderSettings(String... keysAndValues) {
        spec().setUploaderSettings(putAll(spec().getUploaderSettings(), keysAndValues));
        return this;
    }

    public PodVolumeBackupBuilder cancel(boolean cancel) {
        spec().setCancel(cancel);
        return this;
    }

    public PodVolumeBackupBuilder phase(PodVolumeBackupPhase phase) {
        status().setPhase(phase);
        return this;
    }

    /** The repository snapshot the node agent made. */
    public PodVolumeBackupBuilder snapshotID(String snapshotId) {
        status().setSnapshotID(snapshotId);
        return this;
    }

    private PodVolumeBackupSpec spec() {
        return resource.getSpec();
    }

    private PodVolumeBackupStatus status() {
        if (resource.getStatus() == null) {
            resource.setStatus(new PodVolumeBackupStatus());
        }
        return resource.getStatus();
    }
}
