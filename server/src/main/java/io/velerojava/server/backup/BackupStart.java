package io.velerojava.server.backup;

import io.fabric8.kubernetes.client.VersionInfo;
import io.velerojava.api.GoDuration;
import io.velerojava.api.VeleroAnnotations;
import io.velerojava.api.VeleroLabels;
import io.velerojava.api.v1.Backup;
import io.velerojava.api.v1.BackupPhase;
import io.velerojava.api.v1.BackupSpec;
import io.velerojava.api.v1.BackupStatus;
import io.velerojava.archive.TarballLayout;
import io.velerojava.engine.backup.ApiTimestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the server writes on a backup as it starts it, as Velero does: spec defaults filled in (storage location,
 * TTL, CSI snapshot and item operation timeouts, all namespaces), the storage-location label, the source cluster's
 * version and the resource timeout as annotations, and an InProgress status with start time and expiration.
 */
final class BackupStart {

    /** Velero's deprecated major backup format version, always 1. */
    static final int BACKUP_VERSION = 1;
    /** Velero's defaults for these timeouts ({@code --default-item-operation-timeout}'s default for the second). */
    static final GoDuration CSI_SNAPSHOT_TIMEOUT = GoDuration.of(Duration.ofMinutes(10));
    static final GoDuration ITEM_OPERATION_TIMEOUT = GoDuration.of(Duration.ofHours(4));

    private BackupStart() {
    }

    static void apply(Backup backup, String locationName, Duration defaultTtl, Duration resourceTimeout,
            VersionInfo cluster, Instant now) {
        BackupSpec spec = backup.getSpec() == null ? new BackupSpec() : backup.getSpec();
        spec.setStorageLocation(locationName);
        if (spec.getTtl() == null || spec.getTtl().isZero()) {
            spec.setTtl(GoDuration.of(defaultTtl));
        }
        if (spec.getCsiSnapshotTimeout() == null || spec.getCsiSnapshotTimeout().isZero()) {
            spec.setCsiSnapshotTimeout(CSI_SNAPSHOT_TIMEOUT);
        }
        if (spec.getItemOperationTimeout() == null || spec.getItemOperationTimeout().isZero()) {
            spec.setItemOperationTimeout(ITEM_OPERATION_TIMEOUT);
        }
        if (spec.getIncludedNamespaces() == null || spec.getIncludedNamespaces().isEmpty()) {
            spec.setIncludedNamespaces(List.of("*"));
        }
        backup.setSpec(spec);

        Map<String, String> labels = new HashMap<>(backup.getMetadata().getLabels() == null
                ? Map.of() : backup.getMetadata().getLabels());
        labels.put(VeleroLabels.STORAGE_LOCATION, VeleroLabels.validValue(locationName));
        backup.getMetadata().setLabels(labels);
        Map<String, String> annotations = new HashMap<>(backup.getMetadata().getAnnotations() == null
                ? Map.of() : backup.getMetadata().getAnnotations());
        annotations.put(VeleroAnnotations.SOURCE_CLUSTER_K8S_GIT_VERSION, cluster.getGitVersion());
        annotations.put(VeleroAnnotations.SOURCE_CLUSTER_K8S_MAJOR_VERSION, cluster.getMajor());
        annotations.put(VeleroAnnotations.SOURCE_CLUSTER_K8S_MINOR_VERSION, cluster.getMinor());
        annotations.put(VeleroAnnotations.RESOURCE_TIMEOUT, GoDuration.of(resourceTimeout).toString());
        backup.getMetadata().setAnnotations(annotations);

        BackupStatus status = backup.getStatus() == null ? new BackupStatus() : backup.getStatus();
        status.setPhase(BackupPhase.IN_PROGRESS);
        status.setVersion(BACKUP_VERSION);
        status.setFormatVersion(TarballLayout.FORMAT_VERSION);
        status.setStartTimestamp(ApiTimestamp.format(now));
        // An invalid TTL fails validation; the expiration still lets garbage collection remove the backup.
        Duration ttl = spec.getTtl().isValid() && !spec.getTtl().isNegative() ? spec.getTtl().toDuration() : defaultTtl;
        status.setExpiration(ApiTimestamp.format(now.plus(ttl)));
        backup.setStatus(status);
    }

    /** Velero's validation failure: the phase and the errors; the backup is not run. */
    static void failValidation(Backup backup, List<String> errors) {
        backup.getStatus().setPhase(BackupPhase.FAILED_VALIDATION);
        backup.getStatus().setValidationErrors(errors);
    }
}
