package io.velerojava.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Label keys Velero reads or writes, with their meaning. */
public final class VeleroLabels {

    /** On Backups' children (DeleteBackupRequests, PVBs, DataUploads) and on restored items: the backup's name. */
    public static final String BACKUP_NAME = "velero.io/backup-name";
    /** The backup's UID, next to {@link #BACKUP_NAME}. */
    public static final String BACKUP_UID = "velero.io/backup-uid";
    /** On restored items and restore children: the restore's name. */
    public static final String RESTORE_NAME = "velero.io/restore-name";
    /** The restore's UID, next to {@link #RESTORE_NAME}. */
    public static final String RESTORE_UID = "velero.io/restore-uid";
    /** On Backups created by a Schedule: the schedule's name. */
    public static final String SCHEDULE_NAME = "velero.io/schedule-name";
    /** On Backups and BackupRepositories: the backup storage location they belong to. */
    public static final String STORAGE_LOCATION = "velero.io/storage-location";
    /** {@code "true"} on a namespace or item keeps it out of every backup. */
    public static final String EXCLUDE_FROM_BACKUP = "velero.io/exclude-from-backup";
    /** On PVBs, PVRs and DataUploads: the UID of the PVC whose data they move. */
    public static final String PVC_UID = "velero.io/pvc-uid";
    /** On PodVolumeRestores: the UID of the restored pod. */
    public static final String POD_UID = "velero.io/pod-uid";
    /** On BackupRepositories: the namespace whose volumes the repository holds. */
    public static final String VOLUME_NAMESPACE = "velero.io/volume-namespace";
    /** On BackupRepositories: the repository type ({@code kopia}). */
    public static final String REPOSITORY_TYPE = "velero.io/repository-type";
    /** On Backups the garbage collector could not delete: why ({@code BSLNotFound}, {@code BSLCannotGet}, {@code BSLReadOnly}). */
    public static final String GC_FAILURE = "velero.io/gc-failure";
    /** On DataUploadResult ConfigMaps: {@code <namespace>.<pvc>}. */
    public static final String PVC_NAMESPACE_NAME = "velero.io/pvc-namespace-name";
    /** On DataUploadResult ConfigMaps: {@code DataUpload}. */
    public static final String RESOURCE_USAGE = "velero.io/resource-usage";
    /** Default label key grouping PVCs into one VolumeGroupSnapshot (server {@code --volume-group-snapshot-label-key}). */
    public static final String VOLUME_GROUP = "velero.io/volume-group";
    /** Marks a ConfigMap in the Velero namespace as configuration of a plugin (value empty). */
    public static final String PLUGIN_CONFIG = "velero.io/plugin-config";
    /** With value {@code RestoreItemAction}: a ConfigMap mapping old to new storage class names. */
    public static final String CHANGE_STORAGE_CLASS = "velero.io/change-storage-class";
    /** With value {@code RestoreItemAction}: a ConfigMap of image name substitutions. */
    public static final String CHANGE_IMAGE_NAME = "velero.io/change-image-name";
    /** With value {@code RestoreItemAction}: a ConfigMap configuring the {@code restore-wait} init container. */
    public static final String POD_VOLUME_RESTORE = "velero.io/pod-volume-restore";

    private static final int MAX_VALUE_LENGTH = 63;
    private static final int HASH_SUFFIX_LENGTH = 6;

    private VeleroLabels() {
    }

    /**
     * A label value for a name that may be longer than Kubernetes allows, exactly as Velero's
     * {@code label.GetValidName}: names up to 63 characters stay as they are; longer ones keep their first 57
     * characters followed by the first 6 hex digits of the SHA-256 of the whole name.
     */
    public static String validValue(String name) {
        if (name.length() <= MAX_VALUE_LENGTH) {
            return name;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
            return name.substring(0, MAX_VALUE_LENGTH - HASH_SUFFIX_LENGTH)
                    + HexFormat.of().formatHex(digest).substring(0, HASH_SUFFIX_LENGTH);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
