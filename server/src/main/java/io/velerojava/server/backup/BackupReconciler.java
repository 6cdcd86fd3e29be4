package io.velerojava.server.backup;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.Resource;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.api.reconciler.ControllerConfiguration;
import io.javaoperatorsdk.operator.api.reconciler.Reconciler;
import io.javaoperatorsdk.operator.api.reconciler.UpdateControl;
import io.velerojava.api.VeleroAnnotations;
import io.velerojava.api.v1.Backup;
import io.velerojava.api.v1.BackupPhase;
import io.velerojava.api.v1.BackupStorageLocation;
import io.velerojava.engine.backup.ApiTimestamp;
import io.velerojava.engine.backup.BackupCompletion;
import io.velerojava.engine.backup.BackupOutcome;
import io.velerojava.engine.backup.BackupRunner;
import io.velerojava.engine.backup.BackupSettings;
import io.velerojava.engine.location.LocationUnusableException;
import io.velerojava.engine.location.OpenedBackupStore;
import io.velerojava.server.ServerContext;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs backups through Velero 1.18's queue: a new backup is Queued with a position; it becomes ReadyToStart when
 * fewer than {@code --concurrent-backups} run and its namespaces overlap none of a running or earlier queued
 * backup's ({@link BackupQueue}); a ReadyToStart backup is validated, marked InProgress, backed up through the
 * engine (reporting progress), and its final phase recorded, which frees its slot for the next. A backup found
 * InProgress that this server process did not start was cut off by a previous server (or leader) and is marked
 * Failed, since a half-run backup cannot be resumed.
 */
// Not generation-aware: the queue moves backups on by status alone (Queued, ReadyToStart), which keeps the generation.
@ControllerConfiguration(name = "backup", generationAwareEventProcessing = false)
public final class BackupReconciler implements Reconciler<Backup> {

    static final String INTERRUPTED_REASON = "found a backup with status \"InProgress\" during the server starting, "
            + "mark it as \"Failed\"";

    private static final Logger log = LoggerFactory.getLogger(BackupReconciler.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

    /** How often queued backups are looked at again, besides whenever a backup ends (Velero's period). */
    static final Duration QUEUE_RECHECK = Duration.ofMinutes(1);

    private final ServerContext server;
    private final BackupMetrics metrics;
    private final BackupQueue queue;
    /** UIDs of the backups this process started; an InProgress backup not in here was interrupted. */
    private final Set<String> startedHere = ConcurrentHashMap.newKeySet();

    public BackupReconciler(ServerContext server) {
        this.server = server;
        this.metrics = new BackupMetrics(server.metrics());
        this.queue = new BackupQueue(server.client(), server.namespace(), server.options().concurrentBackups());
    }

    @Override
    public UpdateControl<Backup> reconcile(Backup backup, Context<Backup> context) {
        BackupPhase phase = backup.getStatus() == null ? null : backup.getStatus().getPhase();
        String uid = backup.getMetadata().getUid();
        if (BackupQueue.isNew(backup)) {
            if (!isSyncedFromBucket(backup)) { // a synced backup's status is on the way from the sync controller
                queue.enqueue(backup);
            }
        } else if (BackupPhase.QUEUED.equals(phase)) {
            queue.promote();
            return UpdateControl.<Backup>noUpdate().rescheduleAfter(QUEUE_RECHECK);
        } else if (BackupPhase.READY_TO_START.equals(phase) && startedHere.add(uid)) {
            runReadyBackup(backup);
            queue.promote();
        } else if (BackupPhase.IN_PROGRESS.equals(phase) && !startedHere.contains(uid)) {
            markInterrupted(backup);
            queue.promote();
        }
        return UpdateControl.noUpdate();
    }

    private static boolean isSyncedFromBucket(Backup backup) {
        Map<String, String> annotations = backup.getMetadata().getAnnotations();
        return annotations != null && annotations.containsKey(VeleroAnnotations.SYNCED_FROM_LOCATION);
    }

    private void runReadyBackup(Backup backup) {
        List<BackupStorageLocation> locations = server.client().resources(BackupStorageLocation.class)
                .inNamespace(server.namespace()).list().getItems();
        String locationName = StorageLocationChoice.locationName(backup, locations,
                server.options().defaultBackupStorageLocation());
        Optional<BackupStorageLocation> location = locations.stream()
                .filter(candidate -> candidate.getMetadata().getName().equals(locationName)).findFirst();

        BackupStart.apply(backup, locationName, server.options().defaultBackupTtl(),
                server.options().resourceTimeout(), server.client().getKubernetesVersion(), server.clock().instant());
        List<String> errors = BackupValidation.errors(backup, locationName, location);
        metrics.attempted(backup);
        if (!errors.isEmpty()) {
            BackupStart.failValidation(backup, errors);
            metrics.failedValidation(backup);
            log.info("backup {} failed validation: {}", name(backup), errors);
        }
        persistStart(backup);
        if (!errors.isEmpty()) {
            return;
        }
        log.info("backup {} started, storage location {}", name(backup), locationName);
        BackupOutcome outcome = run(backup, location.get());
        BackupCompletion.complete(backup, outcome);
        metrics.ended(backup);
        log.info("backup {} ended {}{}", name(backup), backup.getStatus().getPhase(),
                outcome.failure().map(reason -> ": " + reason).orElse(""));
        // Written here rather than returned, so that the slot is free when the queue is looked at next.
        patchStatus(backup);
    }

    private BackupOutcome run(Backup backup, BackupStorageLocation location) {
        BackupSettings settings = new BackupSettings(server.options().clientPageSize(),
                server.options().itemBlockWorkerCount(), server.options().logFormat(), server.options().logLevel(),
                server.clock());
        try (OpenedBackupStore store = server.locations().open(location)) {
            return new BackupRunner(server.client(), settings).run(backup, store.backupStore(),
                    (backedUp, total) -> patchProgress(backup, backedUp, total));
        } catch (LocationUnusableException e) {
            return BackupOutcome.failed(e.getMessage(), server.clock().instant());
        } catch (RuntimeException e) {
            log.error("backup {} failed unexpectedly", name(backup), e);
            return BackupOutcome.failed("unexpected error: " + e, server.clock().instant());
        }
    }

    private void markInterrupted(Backup backup) {
        log.warn("backup {} was InProgress when this server took over; marking it Failed", name(backup));
        backup.getStatus().setPhase(BackupPhase.FAILED);
        backup.getStatus().setFailureReason(INTERRUPTED_REASON);
        backup.getStatus().setCompletionTimestamp(ApiTimestamp.format(server.clock().instant()));
        patchStatus(backup);
    }

    /**
     * Writes the filled-in spec, labels and annotations, then the status, before the long-running part starts,
     * so that clients see InProgress (or FailedValidation) at once.
     */
    private void persistStart(Backup backup) {
        Resource<Backup> resource = backupResource(server.client(), backup);
        Map<String, Object> metadataAndSpec = Map.of(
                "metadata", Map.of("labels", backup.getMetadata().getLabels(),
                        "annotations", backup.getMetadata().getAnnotations()),
                "spec", SERIALIZATION.convertValue(backup.getSpec(), Map.class));
        resource.patch(PatchContext.of(PatchType.JSON_MERGE), toJson(metadataAndSpec));
        patchStatus(backup);
    }

    /** The whole status as a merge patch; fields this controller does not set are left as they are. */
    private void patchStatus(Backup backup) {
        backupResource(server.client(), backup).subresource("status").patch(PatchContext.of(PatchType.JSON_MERGE),
                toJson(Map.of("status", SERIALIZATION.convertValue(backup.getStatus(), Map.class))));
    }

    private void patchProgress(Backup backup, int backedUp, int total) {
        backupResource(server.client(), backup).subresource("status").patch(PatchContext.of(PatchType.JSON_MERGE),
                toJson(Map.of("status", Map.of("progress", Map.of("totalItems", total, "itemsBackedUp", backedUp)))));
    }

    private Resource<Backup> backupResource(KubernetesClient client, Backup backup) {
        return client.resources(Backup.class).inNamespace(backup.getMetadata().getNamespace())
                .withName(backup.getMetadata().getName());
    }

    private static String toJson(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("maps of model values always serialize", e);
        }
    }

    private static String name(Backup backup) {
        return backup.getMetadata().getNamespace() + "/" + backup.getMetadata().getName();
    }
}
