package io.velerojava.api;

/** Annotation keys Velero reads or writes, with their meaning. */
public final class VeleroAnnotations {

    /** On Backups: the source cluster's Kubernetes {@code gitVersion}, e.g. {@code v1.33.1}. */
    public static final String SOURCE_CLUSTER_K8S_GIT_VERSION = "velero.io/source-cluster-k8s-gitversion";
    /** On Backups: the source cluster's Kubernetes major version. */
    public static final String SOURCE_CLUSTER_K8S_MAJOR_VERSION = "velero.io/source-cluster-k8s-major-version";
    /** On Backups: the source cluster's Kubernetes minor version. */
    public static final String SOURCE_CLUSTER_K8S_MINOR_VERSION = "velero.io/source-cluster-k8s-minor-version";
    /** On Backups: the server's {@code --resource-timeout}. */
    public static final String RESOURCE_TIMEOUT = "velero.io/resource-timeout";

    /**
     * Ours, not Velero's: set on a Backup the sync controller created from a bucket. Our CRDs have a status
     * subresource, so such a Backup exists for a moment without its status; the backup controller must not run it.
     */
    public static final String SYNCED_FROM_LOCATION = "velero-java.io/synced-from-location";
    /** On a Backup or Restore: a Go duration overriding the server's {@code --fs-backup-timeout}. */
    public static final String POD_VOLUME_TIMEOUT = "velero.io/pod-volume-timeout";
    /** Set by a backup item action on an item it wants dropped from the backup. */
    public static final String SKIP_FROM_BACKUP = "velero.io/skip-from-backup";
    /** {@code true}/{@code false} on an item: restore its status regardless of {@code spec.restoreStatus}. */
    public static final String RESTORE_STATUS = "velero.io/restore-status";
    /** On a PV renamed by a restore: its name in the backup. */
    public static final String ORIGINAL_PV_NAME = "velero.io/original-pv-name";
    /** On PodVolumeBackups: the name of the PVC behind the volume. */
    public static final String PVC_NAME = "velero.io/pvc-name";
    /** On PVCs during a CSI backup: the VolumeSnapshot taken of them; removed on restore. */
    public static final String VOLUME_SNAPSHOT_NAME = "velero.io/volume-snapshot-name";
    /** On PVCs during a data-mover backup: the DataUpload moving them; removed on restore. */
    public static final String DATA_UPLOAD_NAME = "velero.io/data-upload-name";
    /** On an additional item: include it even if the backup's filters exclude it. */
    public static final String MUST_INCLUDE_ADDITIONAL_ITEMS = "backup.velero.io/must-include-additional-items";
    /** On pods: comma list of volumes to back up with the file uploader (opt-in mode). */
    public static final String BACKUP_VOLUMES = "backup.velero.io/backup-volumes";
    /** On pods: comma list of volumes not to back up with the file uploader (opt-out mode). */
    public static final String BACKUP_VOLUMES_EXCLUDES = "backup.velero.io/backup-volumes-excludes";
    /** Prefix of the deprecated per-volume snapshot ID record on pods: {@code snapshot.velero.io/<volume>}. */
    public static final String SNAPSHOT_ID_PREFIX = "snapshot.velero.io/";

    /** Pod annotations that define backup hooks; they replace the hooks of the Backup spec for that pod. */
    public static final class BackupHook {
        public static final String PRE_CONTAINER = "pre.hook.backup.velero.io/container";
        public static final String PRE_COMMAND = "pre.hook.backup.velero.io/command";
        public static final String PRE_ON_ERROR = "pre.hook.backup.velero.io/on-error";
        public static final String PRE_TIMEOUT = "pre.hook.backup.velero.io/timeout";
        public static final String POST_CONTAINER = "post.hook.backup.velero.io/container";
        public static final String POST_COMMAND = "post.hook.backup.velero.io/command";
        public static final String POST_ON_ERROR = "post.hook.backup.velero.io/on-error";
        public static final String POST_TIMEOUT = "post.hook.backup.velero.io/timeout";
        /** Un-prefixed legacy keys, read as a pre hook. */
        public static final String LEGACY_CONTAINER = "hook.backup.velero.io/container";
        public static final String LEGACY_COMMAND = "hook.backup.velero.io/command";
        public static final String LEGACY_ON_ERROR = "hook.backup.velero.io/on-error";
        public static final String LEGACY_TIMEOUT = "hook.backup.velero.io/timeout";

        private BackupHook() {
        }
    }

    /** Pod annotations that define restore hooks; they take precedence over the hooks of the Restore spec. */
    public static final class RestoreHook {
        public static final String INIT_CONTAINER_IMAGE = "init.hook.restore.velero.io/container-image";
        public static final String INIT_CONTAINER_NAME = "init.hook.restore.velero.io/container-name";
        public static final String INIT_COMMAND = "init.hook.restore.velero.io/command";
        public static final String INIT_TIMEOUT = "init.hook.restore.velero.io/timeout";
        public static final String POST_CONTAINER = "post.hook.restore.velero.io/container";
        public static final String POST_COMMAND = "post.hook.restore.velero.io/command";
        public static final String POST_ON_ERROR = "post.hook.restore.velero.io/on-error";
        public static final String POST_EXEC_TIMEOUT = "post.hook.restore.velero.io/exec-timeout";
        public static final String POST_WAIT_TIMEOUT = "post.hook.restore.velero.io/wait-timeout";
        public static final String POST_WAIT_FOR_READY = "post.hook.restore.velero.io/wait-for-ready";

        private RestoreHook() {
        }
    }

    private VeleroAnnotations() {
    }
}
