package io.velerojava.engine.restore;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.velerojava.api.v1.Restore;
import io.velerojava.api.v1.RestoreSpec;
import io.velerojava.archive.ExtractedBackup;
import io.velerojava.engine.podvolume.PodVolumeLog;
import io.velerojava.engine.podvolume.PodVolumeRestoreAction;
import io.velerojava.engine.podvolume.PodVolumeTimeout;
import io.velerojava.engine.restore.hooks.PodRestoreHooks;
import io.velerojava.engine.restore.modifier.InvalidResourceModifiersException;
import io.velerojava.engine.restore.modifier.ResourceModifierConfigMap;
import io.velerojava.engine.restore.modifier.ResourceModifiers;
import io.velerojava.engine.restore.pipeline.BackupDownload;
import io.velerojava.engine.restore.pipeline.BackupUnreadableException;
import io.velerojava.engine.restore.pipeline.CrdEstablishment;
import io.velerojava.engine.restore.pipeline.ExistingObjectPolicy;
import io.velerojava.engine.restore.pipeline.FilterResourceNames;
import io.velerojava.engine.restore.pipeline.ItemPreparation;
import io.velerojava.engine.restore.pipeline.ItemRestorer;
import io.velerojava.engine.restore.pipeline.ItemWriter;
import io.velerojava.engine.restore.pipeline.NamespaceProvisioner;
import io.velerojava.engine.restore.pipeline.ProgressReporter;
import io.velerojava.engine.restore.pipeline.RestoreRecord;
import io.velerojava.engine.restore.pipeline.RestoreRun;
import io.velerojava.engine.restore.pipeline.RestoreSelection;
import io.velerojava.engine.restore.pipeline.TargetDiscovery;
import io.velerojava.storage.backup.BackupStore;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Restores a backup into the cluster: downloads and extracts its tarball, then restores the selected items in
 * Velero's order, items of one priority tier concurrently on {@link RestoreSettings#itemWorkerCount()} workers.
 */
public final class RestoreEngine {

    private static final Duration PROGRESS_INTERVAL = Duration.ofSeconds(1);

    private final KubernetesClient client;
    private final RestoreSettings settings;
    private final Clock clock;

    public RestoreEngine(KubernetesClient client, RestoreSettings settings, Clock clock) {
        this.client = client;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Runs the restore described by {@code restore}, whose {@code spec.backupName} names a backup in
     * {@code store}, and whose spec is valid. Problems with single items end up in the outcome's results; a
     * failure of the whole restore (unreadable backup, unusable resource modifiers) in its failure reason. The
     * log is not finished.
     */
    public RestoreOutcome restore(Restore restore, BackupStore store, RestoreLog log,
                                  RestoreProgressListener listener) {
        RestoreSpec spec = restore.getSpec();
        RestoreRecord record = RestoreRecord.start(log);
        ProgressReporter progress = new ProgressReporter(listener, clock, PROGRESS_INTERVAL);
        PodRestoreHooks hooks = PodRestoreHooks.of(client, restore, record, clock);
        log.info("Starting restore of backup " + spec.getBackupName());
        ResourceModifiers modifiers;
        try {
            modifiers = ResourceModifierConfigMap.load(client, restore.getMetadata().getNamespace(),
                    spec.getResourceModifier());
        } catch (InvalidResourceModifiersException e) {
            record.veleroError(e.getMessage());
            return outcome(record, progress, hooks, Optional.of(e.getMessage()));
        }
        try (ExtractedBackup backup = new BackupDownload(settings.extractionLimits())
                .fetch(store, spec.getBackupName())) {
            log.info("Downloaded and extracted backup " + spec.getBackupName() + ": " + backup.itemCount() + " items");
            run(restore, store, backup, record, progress, hooks, modifiers);
        } catch (BackupUnreadableException e) {
            record.veleroError(e.getMessage());
            return outcome(record, progress, hooks, Optional.of(e.getMessage()));
        } catch (IOException e) {
            log.warning("cannot delete the extracted backup: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            String reason = "the restore was interrupted (server shutting down)";
            record.veleroError(reason);
            return outcome(record, progress, hooks, Optional.of(reason));
        }
        log.info("restore completed");
        return outcome(record, progress, hooks, Optional.empty());
    }

    private void run(Restore restore, BackupStore store, ExtractedBackup backup, RestoreRecord record,
                     ProgressReporter progress, PodRestoreHooks hooks, ResourceModifiers modifiers)
            throws InterruptedException {
        RestoreSpec spec = restore.getSpec();
        RestoreSelection selection = RestoreSelection.of(spec, FilterResourceNames.of(spec, client, record));
        NamespaceProvisioner namespaces = new NamespaceProvisioner(client, backup,
                settings.terminatingResourceTimeout());
        ItemPreparation preparation = new ItemPreparation(selection, spec.getBackupName(),
                restore.getMetadata().getName(), Boolean.TRUE.equals(spec.getPreserveNodePorts()));
        ItemWriter writer = new ItemWriter(client, ExistingObjectPolicy.of(spec.getExistingResourcePolicy()));
        PodVolumeRestoreAction podVolumes = podVolumes(restore, store, record);
        ItemRestorer restorer = new ItemRestorer(preparation, namespaces, writer, record, podVolumes, hooks,
                modifiers);
        ExecutorService workers = Executors.newFixedThreadPool(settings.itemWorkerCount(),
                workerThreads(restore.getMetadata().getName()));
        try {
            new RestoreRun(backup, selection, settings.priorities(), new TargetDiscovery(client), namespaces,
                    restorer, new CrdEstablishment(client, settings.resourceTimeout()), progress, record, workers)
                    .execute();
            podVolumes.awaitCompletion();
            hooks.awaitCompletion();
        } finally {
            workers.shutdownNow();
        }
    }

    /** The file-system restore of pod volumes; without the backup's record of them, no volume data is restored. */
    private PodVolumeRestoreAction podVolumes(Restore restore, BackupStore store, RestoreRecord record) {
        Duration timeout = PodVolumeTimeout.DEFAULT;
        try {
            timeout = PodVolumeTimeout.of(restore, PodVolumeTimeout.DEFAULT);
        } catch (IllegalArgumentException e) {
            record.veleroError(e.getMessage() + "; waiting the default " + timeout + " for pod volumes");
        }
        PodVolumeLog log = new PodVolumeLog() {
            @Override
            public void info(String message) {
                record.log().info(message);
            }

            @Override
            public void warning(String namespace, String message) {
                record.warning(Optional.of(namespace), message);
            }

            @Override
            public void error(String namespace, String message) {
                record.error(Optional.of(namespace), message);
            }
        };
        try {
            return PodVolumeRestoreAction.load(client, restore, store, timeout, log, clock);
        } catch (IOException | RuntimeException e) {
            record.veleroError("cannot read the pod volume backups of backup " + restore.getSpec().getBackupName()
                    + ", so no pod volume data is restored: " + e.getMessage());
            return PodVolumeRestoreAction.none(client, restore, log, clock);
        }
    }

    private static RestoreOutcome outcome(RestoreRecord record, ProgressReporter progress, PodRestoreHooks hooks,
                                          Optional<String> failureReason) {
        return new RestoreOutcome(record.results(), record.resources().build(), progress.total(),
                progress.processed(), hooks.counts(), failureReason);
    }

    private static ThreadFactory workerThreads(String restoreName) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "restore-" + restoreName + "-worker-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
