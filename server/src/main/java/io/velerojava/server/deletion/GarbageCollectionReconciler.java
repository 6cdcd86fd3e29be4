package io.velerojava.server.deletion;

import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.api.reconciler.ControllerConfiguration;
import io.javaoperatorsdk.operator.api.reconciler.Reconciler;
import io.javaoperatorsdk.operator.api.reconciler.UpdateControl;
import io.velerojava.api.VeleroLabels;
import io.velerojava.api.builder.DeleteBackupRequestBuilder;
import io.velerojava.api.v1.Backup;
import io.velerojava.api.v1.BackupStorageLocation;
import io.velerojava.api.v1.DeleteBackupRequest;
import io.velerojava.api.v1.DeleteBackupRequestPhase;
import io.velerojava.server.MergePatch;
import io.velerojava.server.ServerContext;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deletes expired backups ({@code status.expiration} in the past), looking at each backup every
 * {@code --garbage-collection-frequency}. The deletion itself is a DeleteBackupRequest, exactly as if a user had
 * asked for it. A backup whose location is missing, read-only or unavailable is left alone and labelled
 * {@code velero.io/gc-failure} with the reason, so nothing is half-deleted.
 */
@ControllerConfiguration(name = "gc")
public final class GarbageCollectionReconciler implements Reconciler<Backup> {

    private static final Logger log = LoggerFactory.getLogger(GarbageCollectionReconciler.class);

    private final ServerContext server;

    public GarbageCollectionReconciler(ServerContext server) {
        this.server = server;
    }

    @Override
    public UpdateControl<Backup> reconcile(Backup backup, Context<Backup> context) {
        UpdateControl<Backup> later = UpdateControl.<Backup>noUpdate()
                .rescheduleAfter(server.options().garbageCollectionFrequency());
        Optional<Instant> expiration = Optional.ofNullable(backup.getStatus())
                .map(status -> status.getExpiration())
                .filter(text -> !text.isBlank())
                .map(Instant::parse);
        if (expiration.isEmpty() || server.clock().instant().isBefore(expiration.get())) {
            return later;
        }
        String locationName = DeletionRefusal.locationName(backup);
        Optional<BackupStorageLocation> location = server.locations().find(locationName);
        Optional<LocationProblem> problem = LocationProblem.of(location);
        recordFailure(backup, problem);
        if (problem.isPresent()) {
            log.info("backup {} has expired but is not deleted: {}", backup.getMetadata().getName(),
                    problem.get().describe(locationName, location));
            return later;
        }
        requestDeletion(backup);
        return later;
    }

    private void requestDeletion(Backup backup) {
        String name = backup.getMetadata().getName();
        List<DeleteBackupRequest> requests = server.client().resources(DeleteBackupRequest.class)
                .inNamespace(server.namespace())
                .withLabel(VeleroLabels.BACKUP_NAME, VeleroLabels.validValue(name)).list().getItems();
        boolean pending = false;
        for (DeleteBackupRequest request : requests) {
            if (isProcessed(request)) {
                // A failed earlier attempt; the new request supersedes it.
                server.client().resource(request).delete();
            } else {
                pending = true;
            }
        }
        if (pending) {
            log.debug("expired backup {} already has a pending deletion request", name);
            return;
        }
        log.info("backup {} has expired; requesting its deletion", name);
        server.client().resource(DeleteBackupRequestBuilder.forBackup(server.namespace(), name,
                backup.getMetadata().getUid()).build()).create();
    }

    /** Sets or clears label {@code velero.io/gc-failure} when it changes. */
    private void recordFailure(Backup backup, Optional<LocationProblem> problem) {
        Map<String, String> labels = backup.getMetadata().getLabels() == null
                ? Collections.emptyMap() : backup.getMetadata().getLabels();
        String current = labels.get(VeleroLabels.GC_FAILURE);
        String wanted = problem.map(LocationProblem::gcFailureLabel).orElse(null);
        if (Objects.equals(current, wanted)) {
            return;
        }
        Map<String, String> change = new HashMap<>();
        change.put(VeleroLabels.GC_FAILURE, wanted);
        MergePatch.apply(server.client(), backup, Map.of("metadata", Map.of("labels", change)));
    }

    private static boolean isProcessed(DeleteBackupRequest request) {
        return request.getStatus() != null && DeleteBackupRequestPhase.PROCESSED.equals(request.getStatus().getPhase());
    }
}
