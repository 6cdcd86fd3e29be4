package io.velerojava.server.deletion;

import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.api.reconciler.ControllerConfiguration;
import io.javaoperatorsdk.operator.api.reconciler.Reconciler;
import io.javaoperatorsdk.operator.api.reconciler.UpdateControl;
import io.velerojava.api.VeleroLabels;
import io.velerojava.api.v1.Backup;
import io.velerojava.api.v1.BackupStorageLocation;
import io.velerojava.api.v1.DeleteBackupRequest;
import io.velerojava.api.v1.DeleteBackupRequestPhase;
import io.velerojava.engine.podvolume.repository.RepositoryPassword;
import io.velerojava.engine.podvolume.repository.VolumeRepositories;
import io.velerojava.server.MergePatch;
import io.velerojava.server.ServerContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Processes DeleteBackupRequests: refuses what Velero refuses (a running backup, a read-only or unavailable
 * location) with the reason in {@code status.errors}, otherwise deletes the backup through {@link BackupDeleter}.
 * A successful deletion removes every request for that backup; a request that failed stays {@code Processed} for
 * a day so that users can read why, then is deleted.
 */
@ControllerConfiguration(name = "backup-deletion")
public final class BackupDeletionReconciler implements Reconciler<DeleteBackupRequest> {

    /** How long processed requests are kept, as in Velero. */
    public static final Duration PROCESSED_REQUEST_RETENTION = Duration.ofHours(24);

    private static final Logger log = LoggerFactory.getLogger(BackupDeletionReconciler.class);

    private final ServerContext server;
    private final BackupDeleter deleter;

    public BackupDeletionReconciler(ServerContext server) {
        this.server = server;
        VolumeRepositories repositories = new VolumeRepositories(server.locations(),
                new RepositoryPassword(server.client(), server.namespace()));
        this.deleter = new BackupDeleter(server.client(), server.locations(),
                new PodVolumeSnapshotDeleter(server.client(), repositories));
    }

    @Override
    public UpdateControl<DeleteBackupRequest> reconcile(DeleteBackupRequest request,
            Context<DeleteBackupRequest> context) {
        Instant now = server.clock().instant();
        if (request.getStatus() != null && DeleteBackupRequestPhase.PROCESSED.equals(request.getStatus().getPhase())) {
            return expireWhenOld(request, now);
        }
        // An InProgress request is one a previous server was cut off from; deleting again is safe.
        String backupName = request.getSpec() == null ? null : request.getSpec().getBackupName();
        Optional<Backup> backup = Optional.ofNullable(backupName).filter(name -> !name.isBlank()).flatMap(this::backup);
        Optional<BackupStorageLocation> location = backup.map(DeletionRefusal::locationName)
                .flatMap(server.locations()::find);
        Optional<String> refusal = DeletionRefusal.of(backupName, backup, location);
        if (refusal.isPresent()) {
            log.info("refusing to delete backup {}: {}", backupName, refusal.get());
            return processed(request, List.of(refusal.get()), now);
        }
        deleteOtherRequests(request, backupName);
        markInProgress(request, backup.get());
        String schedule = scheduleOf(backup.get());
        server.metrics().backupDeletionAttempted(schedule);
        List<String> errors = deleter.delete(backup.get(), location.get());
        if (!errors.isEmpty()) {
            server.metrics().backupDeletionFailed(schedule);
            log.warn("deleting backup {} failed: {}", backupName, errors);
            return processed(request, errors, now);
        }
        server.metrics().backupDeletionSucceeded(schedule);
        server.client().resources(DeleteBackupRequest.class).inNamespace(server.namespace())
                .withLabel(VeleroLabels.BACKUP_NAME, VeleroLabels.validValue(backupName))
                .withLabel(VeleroLabels.BACKUP_UID, backup.get().getMetadata().getUid())
                .delete();
        return UpdateControl.noUpdate();
    }

    private Optional<Backup> backup(String name) {
        return Optional.ofNullable(server.client().resources(Backup.class).inNamespace(server.namespace())
                .withName(name).get());
    }

    /** Only one request per backup is worked on; older ones are superseded, as in Velero. */
    private void deleteOtherRequests(DeleteBackupRequest request, String backupName) {
        server.client().resources(DeleteBackupRequest.class).inNamespace(server.namespace())
                .withLabel(VeleroLabels.BACKUP_NAME, VeleroLabels.validValue(backupName)).list().getItems().stream()
                .filter(other -> !other.getMetadata().getName().equals(request.getMetadata().getName()))
                .forEach(other -> server.client().resource(other).delete());
    }

    /** Labels the request with the backup's name and UID (a hand-written request may lack them) and marks it. */
    private void markInProgress(DeleteBackupRequest request, Backup backup) {
        MergePatch.apply(server.client(), request, Map.of("metadata", Map.of("labels", Map.of(
                VeleroLabels.BACKUP_NAME, VeleroLabels.validValue(backup.getMetadata().getName()),
                VeleroLabels.BACKUP_UID, backup.getMetadata().getUid()))));
        MergePatch.applyToStatus(server.client(), request,
                Map.of("phase", DeleteBackupRequestPhase.IN_PROGRESS.value()));
    }

    private UpdateControl<DeleteBackupRequest> processed(DeleteBackupRequest request, List<String> errors,
            Instant now) {
        MergePatch.applyToStatus(server.client(), request,
                Map.of("phase", DeleteBackupRequestPhase.PROCESSED.value(), "errors", errors));
        return UpdateControl.<DeleteBackupRequest>noUpdate().rescheduleAfter(untilExpiry(request, now));
    }

    private UpdateControl<DeleteBackupRequest> expireWhenOld(DeleteBackupRequest request, Instant now) {
        Duration left = untilExpiry(request, now);
        if (left.isZero()) {
            log.info("deleting processed request {}, older than {}", request.getMetadata().getName(),
                    PROCESSED_REQUEST_RETENTION);
            server.client().resource(request).delete();
            return UpdateControl.noUpdate();
        }
        return UpdateControl.<DeleteBackupRequest>noUpdate().rescheduleAfter(left);
    }

    private static Duration untilExpiry(DeleteBackupRequest request, Instant now) {
        Instant expiry = Instant.parse(request.getMetadata().getCreationTimestamp()).plus(PROCESSED_REQUEST_RETENTION);
        Duration left = Duration.between(now, expiry);
        return left.isNegative() ? Duration.ZERO : left;
    }

    private static String scheduleOf(Backup backup) {
        Map<String, String> labels = backup.getMetadata().getLabels();
        return labels == null ? "" : labels.getOrDefault(VeleroLabels.SCHEDULE_NAME, "");
    }
}
