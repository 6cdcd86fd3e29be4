package io.velerojava.server.restore;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.client.dsl.Resource;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import io.javaoperatorsdk.operator.api.reconciler.Cleaner;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.api.reconciler.ControllerConfiguration;
import io.javaoperatorsdk.operator.api.reconciler.DeleteControl;
import io.javaoperatorsdk.operator.api.reconciler.Reconciler;
import io.javaoperatorsdk.operator.api.reconciler.UpdateControl;
import io.velerojava.api.VeleroFinalizers;
import io.velerojava.api.v1.Backup;
import io.velerojava.api.v1.BackupStorageLocation;
import io.velerojava.api.v1.Restore;
import io.velerojava.api.v1.RestorePhase;
import io.velerojava.api.v1.RestoreSpec;
import io.velerojava.api.v1.RestoreStatus;
import io.velerojava.engine.location.LocationUnusableException;
import io.velerojava.engine.location.OpenedBackupStore;
import io.velerojava.engine.restore.RestoreEngine;
import io.velerojava.engine.restore.RestoreFiles;
import io.velerojava.engine.restore.RestoreLog;
import io.velerojava.engine.restore.RestoreOutcome;
import io.velerojava.engine.restore.RestoreSettings;
import io.velerojava.engine.restore.modifier.InvalidResourceModifiersException;
import io.velerojava.engine.restore.modifier.ResourceModifierConfigMap;
import io.velerojava.server.ServerContext;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs new restores: validate, mark InProgress, restore through the engine (reporting progress), upload the log,
 * results and resource list to {@code restores/<name>/}, record the final phase. A restore found InProgress that
 * this process did not start was cut off by a previous server and is marked Failed. Deleting a Restore deletes
 * its files from the bucket first (the finalizer Velero uses).
 */
@ControllerConfiguration(name = "restore", finalizerName = VeleroFinalizers.RESTORE_EXTERNAL_RESOURCES)
public final class RestoreReconciler implements Reconciler<Restore>, Cleaner<Restore> {

    static final String INTERRUPTED_REASON = "found a restore with status \"InProgress\" during the server starting, "
            + "mark it as \"Failed\"";

    private static final Logger log = LoggerFactory.getLogger(RestoreReconciler.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration CLEANUP_RETRY = Duration.ofMinutes(1);

    private final ServerContext server;
    private final RestoreSettings settings;
    /** UIDs of the restores this process started; an InProgress restore not in here was interrupted. */
    private final Set<String> startedHere = ConcurrentHashMap.newKeySet();

    private final RestoreMetrics metrics;

    public RestoreReconciler(ServerContext server) {
        this.server = server;
        this.settings = server.options().restore();
        this.metrics = new RestoreMetrics(server.metrics());
    }

    @Override
    public UpdateControl<Restore> reconcile(Restore restore, Context<Restore> context) {
        RestorePhase phase = restore.getStatus() == null ? null : restore.getStatus().getPhase();
        if (phase == null || phase.value().isEmpty() || RestorePhase.NEW.equals(phase)) {
            return runNewRestore(restore);
        }
        if (RestorePhase.IN_PROGRESS.equals(phase) && !startedHere.contains(restore.getMetadata().getUid())) {
            log.warn("restore {} was InProgress when this server took over; marking it Failed", name(restore));
            restore.getStatus().setPhase(RestorePhase.FAILED);
            restore.getStatus().setFailureReason(INTERRUPTED_REASON);
            restore.getStatus().setCompletionTimestamp(RestoreCompletion.timestamp(server.clock().instant()));
            return UpdateControl.patchStatus(restore);
        }
        return UpdateControl.noUpdate();
    }

    /** Deletes {@code restores/<name>/}; skipped when the backup or its location is gone, retried on errors. */
    @Override
    public DeleteControl cleanup(Restore restore, Context<Restore> context) {
        String backupName = restore.getSpec() == null ? null : restore.getSpec().getBackupName();
        Optional<Backup> backup = Optional.ofNullable(backupName).flatMap(this::findBackup);
        Optional<BackupStorageLocation> location = backup.flatMap(this::locationOf);
        if (location.isEmpty()) {
            log.info("restore {} deleted; its files are not deleted since its backup or location is gone",
                    name(restore));
            return DeleteControl.defaultDelete();
        }
        try (OpenedBackupStore store = server.locations().open(location.get())) {
            store.backupStore().deleteRestore(restore.getMetadata().getName());
            return DeleteControl.defaultDelete();
        } catch (RuntimeException e) {
            log.warn("cannot delete the files of restore {} from location {}; retrying in {}: {}", name(restore),
                    location.get().getMetadata().getName(), CLEANUP_RETRY, e.getMessage());
            return DeleteControl.noFinalizerRemoval().rescheduleAfter(CLEANUP_RETRY.toMillis());
        }
    }

    private UpdateControl<Restore> runNewRestore(Restore restore) {
        startedHere.add(restore.getMetadata().getUid());
        RestoreSpec spec = restore.getSpec() == null ? new RestoreSpec() : restore.getSpec();
        restore.setSpec(spec);
        RestoreStatus status = restore.getStatus() == null ? new RestoreStatus() : restore.getStatus();
        restore.setStatus(status);
        status.setStartTimestamp(RestoreCompletion.timestamp(server.clock().instant()));
        metrics.attempted(restore);

        List<String> errors = new ArrayList<>(RestoreValidation.specErrors(spec));
        Optional<BackupStorageLocation> location = Optional.empty();
        if (errors.isEmpty()) {
            errors.addAll(resourceModifierErrors(restore));
            errors.addAll(resolveBackup(spec));
        }
        if (errors.isEmpty()) {
            Optional<Backup> backup = findBackup(spec.getBackupName());
            location = backup.flatMap(this::locationOf);
            errors.addAll(RestoreValidation.sourceErrors(spec.getBackupName(), backup, location));
        }
        if (!errors.isEmpty()) {
            log.info("restore {} failed validation: {}", name(restore), errors);
            status.setPhase(RestorePhase.FAILED_VALIDATION);
            status.setValidationErrors(errors);
            status.setCompletionTimestamp(RestoreCompletion.timestamp(server.clock().instant()));
            metrics.failedValidation(restore);
            return UpdateControl.patchStatus(restore);
        }
        status.setPhase(RestorePhase.IN_PROGRESS);
        persistStart(restore);
        log.info("restore {} of backup {} started", name(restore), spec.getBackupName());
        RestoreOutcome outcome = run(restore, location.get());
        RestoreCompletion.complete(status, outcome, server.clock().instant());
        metrics.ended(restore);
        log.info("restore {} ended {} ({} warnings, {} errors){}", name(restore), status.getPhase(),
                status.getWarnings(), status.getErrors(),
                outcome.failureReason().map(reason -> ": " + reason).orElse(""));
        return UpdateControl.patchStatus(restore);
    }

    /** The resource-modifier ConfigMap must exist and hold valid rules; the engine reads it again to run. */
    private List<String> resourceModifierErrors(Restore restore) {
        try {
            ResourceModifierConfigMap.load(server.client(), restore.getMetadata().getNamespace(),
                    restore.getSpec().getResourceModifier());
            return List.of();
        } catch (InvalidResourceModifiersException e) {
            return List.of(e.getMessage());
        }
    }

    /** For {@code scheduleName}, picks the schedule's newest completed backup into {@code backupName}. */
    private List<String> resolveBackup(RestoreSpec spec) {
        if (spec.getScheduleName() == null || spec.getScheduleName().isBlank()) {
            return List.of();
        }
        List<Backup> backups = server.client().resources(Backup.class).inNamespace(server.namespace()).list()
                .getItems();
        Optional<Backup> latest = RestoreValidation.latestCompletedOfSchedule(spec.getScheduleName(), backups);
        if (latest.isEmpty()) {
            return List.of(RestoreValidation.noBackupOfSchedule(spec.getScheduleName(), backups));
        }
        spec.setBackupName(latest.get().getMetadata().getName());
        return List.of();
    }

    private RestoreOutcome run(Restore restore, BackupStorageLocation location) {
        try (OpenedBackupStore store = server.locations().open(location);
             RestoreLog restoreLog = new RestoreLog(name(restore), server.clock())) {
            RestoreOutcome outcome = new RestoreEngine(server.client(), settings, server.clock())
                    .restore(restore, store.backupStore(), restoreLog,
                            (total, restored) -> patchProgress(restore, total, restored));
            upload(restore, store, restoreLog, outcome);
            return outcome;
        } catch (LocationUnusableException e) {
            return RestoreOutcome.failedBeforeStart(e.getMessage());
        } catch (RuntimeException e) {
            log.error("restore {} failed unexpectedly", name(restore), e);
            return RestoreOutcome.failedBeforeStart("unexpected error: " + e);
        }
    }

    /** The restore happened whether or not its files reach the bucket, so a failed upload is only logged. */
    private void upload(Restore restore, OpenedBackupStore store, RestoreLog restoreLog, RestoreOutcome outcome) {
        try {
            RestoreFiles.upload(store.backupStore(), restore.getMetadata().getName(), restoreLog.finish(), outcome);
        } catch (RuntimeException e) {
            log.error("cannot upload the log, results and resource list of restore {}: {}", name(restore),
                    e.getMessage());
        }
    }

    private Optional<Backup> findBackup(String backupName) {
        return Optional.ofNullable(server.client().resources(Backup.class).inNamespace(server.namespace())
                .withName(backupName).get());
    }

    private Optional<BackupStorageLocation> locationOf(Backup backup) {
        String locationName = backup.getSpec() == null ? null : backup.getSpec().getStorageLocation();
        return locationName == null ? Optional.empty() : server.locations().find(locationName);
    }

    /**
     * Writes the chosen backup and the InProgress status before the long-running part starts, so that clients see
     * it at once.
     */
    private void persistStart(Restore restore) {
        Resource<Restore> resource = restoreResource(restore);
        if (restore.getSpec().getScheduleName() != null && !restore.getSpec().getScheduleName().isBlank()) {
            resource.patch(PatchContext.of(PatchType.JSON_MERGE),
                    toJson(Map.of("spec", Map.of("backupName", restore.getSpec().getBackupName()))));
        }
        resource.subresource("status").patch(PatchContext.of(PatchType.JSON_MERGE), toJson(Map.of("status", Map.of(
                "phase", RestorePhase.IN_PROGRESS.value(),
                "startTimestamp", restore.getStatus().getStartTimestamp()))));
    }

    private void patchProgress(Restore restore, int total, int restored) {
        restoreResource(restore).subresource("status").patch(PatchContext.of(PatchType.JSON_MERGE), toJson(Map.of(
                "status", Map.of("progress", Map.of("totalItems", total, "itemsRestored", restored)))));
    }

    private Resource<Restore> restoreResource(Restore restore) {
        return server.client().resources(Restore.class).inNamespace(restore.getMetadata().getNamespace())
                .withName(restore.getMetadata().getName());
    }

    private static String toJson(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("maps of strings and numbers always serialize", e);
        }
    }

    private static String name(Restore restore) {
        return restore.getMetadata().getNamespace() + "/" + restore.getMetadata().getName();
    }
}
