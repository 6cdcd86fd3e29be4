package io.velerojava.api.builder;

import io.fabric8.kubernetes.api.model.ObjectReferenceBuilder;
import io.velerojava.api.VeleroLabels;
import io.velerojava.api.v1.PodVolumeRestore;
import io.velerojava.api.v1.PodVolumeRestorePhase;
import io.velerojava.api.v1.PodVolumeRestoreSpec;
import io.velerojava.api.v1.PodVolumeRestoreStatus;
import io.velerojava.api.v1.Restore;
import io.velerojava.api.v1.UploaderType;

/**
 * Builds a {@link PodVolumeRestore}. {@link #forRestore} makes it the way Velero's restore does: {@code generateName:
 * <restore>-}, controlled by the restore, the restore's name and UID as labels.
 */
public final class PodVolumeRestoreBuilder extends KindBuilder<PodVolumeRestoreBuilder, PodVolumeRestore> {

    private PodVolumeRestoreBuilder(String namespace, String name) {
        super(new PodVolumeRestore(), namespace, name);
        PodVolumeRestoreSpec spec = new PodVolumeRestoreSpec();
        // Required by the CRD; kopia repositories have no identifier.
        spec.setRepoIdentifier("");
        resource.setSpec(spec);
    }

    public static PodVolumeRestoreBuilder forVolumeRestore(String namespace, String name) {
        return new PodVolumeRestoreBuilder(namespace, name);
    }

    /** A pod volume restore belonging to {@code restore}, named by the API server. */
    public static PodVolumeRestoreBuilder forRestore(Restore restore) {
        String restoreName = restore.getMetadata().getName();
        return new PodVolumeRestoreBuilder(restore.getMetadata().getNamespace(), null)
                .generateName(restoreName + "-")
                .controlledBy(restore)
                .labels(VeleroLabels.RESTORE_NAME, VeleroLabels.validValue(restoreName),
                        VeleroLabels.RESTORE_UID, restore.getMetadata().getUid());
    }

    /** The restored pod; its UID is also set as the {@value VeleroLabels#POD_UID} label, as Velero does. */
    public PodVolumeRestoreBuilder pod(String namespace, String name, String uid) {
        spec().setPod(new ObjectReferenceBuilder().withKind("Pod").withNamespace(namespace).withName(name)
                .withUid(uid).build());
        return labels(VeleroLabels.POD_UID, uid);
    }

    /** The UID of the PVC behind the volume, as the {@value VeleroLabels#PVC_UID} label. */
    public PodVolumeRestoreBuilder pvcUid(String uid) {
        return labels(VeleroLabels.PVC_UID, uid);
    }

    /** The volume's name in the pod spec. */
    public PodVolumeRestoreBuilder volume(String volume) {
        spec().setVolume(volume);
        return this;
    }

    public PodVolumeRestoreBuilder backupStorageLocation(String location) {
        spec().setBackupStorageLocation(location);
        return this;
    }

    public PodVolumeRestoreBuilder repoIdentifier(String identifier) {
        spec().setRepoIdentifier(identifier);
        return this;
    }

    public PodVolumeRestoreBuilder uploaderType(UploaderType type) {
        spec().setUploaderType(type);
        return this;
    }

    /** The repository snapshot to restore, from the pod volume backup's status. */
    public PodVolumeRestoreBuilder snapshotID(String snapshotId) {
        spec().setSnapshotID(snapshotId);
        return this;
    }

    /** The pod's namespace at backup time, before any namespace mapping. */
    public PodVolumeRestoreBuilder sourceNamespace(String namespace) {
        spec().setSourceNamespace(namespace);
        return this;
    }

    /** Adds uploader settings given as alternating keys and values, e.g. {@code "WriteSparseFiles", "true"}. */
    public PodVolumeRestoreBuilder uploaderSettings(String... keysAndValues) {
        spec().setUploaderSettings(putAll(spec().getUploaderSettings(), keysAndValues));
        return this;
    }

    public PodVolumeRestoreBuilder snapshotSize(long bytes) {
        spec().setSnapshotSize(bytes);
        return this;
    }

    public PodVolumeRestoreBuilder cancel(boolean cancel) {
        spec().setCancel(cancel);
        return this;
    }

    public PodVolumeRestoreBuilder phase(PodVolumeRestorePhase phase) {
        if (resource.getStatus() == null) {
            resource.setStatus(new PodVolumeRestoreStatus());
        }
        resource.getStatus().setPhase(phase);
        return this;
    }

    private PodVolumeRestoreSpec spec() {
        return resource.getSpec();
    }
}
