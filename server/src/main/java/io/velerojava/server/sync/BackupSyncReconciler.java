package io.velerojava.server.sync;

import io.fabric8.kubernetes.api.model.OwnerReference;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.api.reconciler.ControllerConfiguration;
import io.javaoperatorsdk.operator.api.reconciler.Reconciler;
import io.javaoperatorsdk.operator.api.reconciler.UpdateControl;
import io.velerojava.api.VeleroLabels;
import io.velerojava.api.v1.Backup;
import io.velerojava.api.v1.BackupPhase;
import io.velerojava.api.v1.BackupStorageLocation;
import io.velerojava.api.v1.BackupStorageLocationPhase;
import io.velerojava.api.v1.Schedule;
import io.velerojava.engine.location.LocationUnusableException;
import io.velerojava.engine.location.OpenedBackupStore;
import io.velerojava.server.MergePatch;
import io.velerojava.server.ServerContext;
import io.velerojava.storage.ObjectNotFoundException;
import io.velerojava.storage.ObjectStoreException;
import io.velerojava.storage.backup.BackupStore;
import java.net.HttpURLConnection;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes the cluster's Backup objects match each location's bucket, every {@code backupSyncPeriod}: a backup in the
 * bucket without a Backup object gets one (so a new cluster pointed at an old bucket sees its backups and can restore
 * them), and a {@code Completed} or {@code PartiallyFailed} Backup of the location whose files are gone is deleted.
 * Only available locations are synced: a bucket that cannot be listed says nothing about which backups exist.
 */
@ControllerConfiguration(name = "backup-sync")
public final class BackupSyncReconciler implements Reconciler<BackupStorageLocation> {

    private static final Logger log = LoggerFactory.getLogger(BackupSyncReconciler.class);
    private static final Set<BackupPhase> DELETABLE_WHEN_GONE = Set.of(BackupPhase.COMPLETED,
            BackupPhase.PARTIALLY_FAILED);

    private final ServerContext server;

    public BackupSyncReconciler(ServerContext server) {
        this.server = server;
    }

    @Override
    public UpdateControl<BackupStorageLocation> reconcile(BackupStorageLocation location,
            Context<BackupStorageLocation> context) {
        SyncSchedule schedule = SyncSchedule.of(location, server.options().backupSyncPeriod());
        if (schedule.isDisabled()) {
            return UpdateControl.noUpdate();
        }
        Instant now = server.clock().instant();
        if (!schedule.dueIn(now).isZero()) {
            return UpdateControl.<BackupStorageLocation>noUpdate().rescheduleAfter(schedule.dueIn(now));
        }
        if (location.getStatus() == null || !BackupStorageLocationPhase.AVAILABLE.equals(location.getStatus().getPhase())) {
            log.debug("not syncing backup storage location {}: it is not available", name(location));
            return UpdateControl.<BackupStorageLocation>noUpdate().rescheduleAfter(schedule.period());
        }
        try (OpenedBackupStore store = server.locations().open(location)) {
            sync(location, store.backupStore(), now);
            MergePatch.applyToStatus(server.client(), location,
                    Map.of("lastSyncedTime", now.truncatedTo(ChronoUnit.SECONDS).toString()));
        } catch (LocationUnusableException | ObjectStoreException e) {
            log.warn("cannot sync backup storage location {}: {}", name(location), e.getMessage());
        }
        return UpdateControl.<BackupStorageLocation>noUpdate().rescheduleAfter(schedule.period());
    }

    private void sync(BackupStorageLocation location, BackupStore store, Instant now) {
        String locationName = location.getMetadata().getName();
        Set<String> inBucket = new HashSet<>(store.listBackups());
        List<Backup> inCluster = server.client().resources(Backup.class).inNamespace(server.namespace()).list()
                .getItems();
        Set<String> clusterNames = inCluster.stream().map(backup -> backup.getMetadata().getName())
                .collect(Collectors.toSet());
        for (String name : inBucket) {
            if (!clusterNames.contains(name)) {
                readBackup(store, name)
                        .flatMap(stored -> SyncedBackup.of(stored, server.namespace(), locationName, now,
                                this::ownerExists))
                        .ifPresent(backup -> create(backup, locationName));
            }
        }
        String label = VeleroLabels.validValue(locationName);
        for (Backup backup : inCluster) {
            Map<String, String> labels = backup.getMetadata().getLabels();
            BackupPhase phase = backup.getStatus() == null ? null : backup.getStatus().getPhase();
            if (labels != null && label.equals(labels.get(VeleroLabels.STORAGE_LOCATION))
                    && phase != null && DELETABLE_WHEN_GONE.contains(phase)
                    && !inBucket.contains(backup.getMetadata().getName())) {
                log.info("deleting backup {}: its files are gone from backup storage location {}",
                        backup.getMetadata().getName(), locationName);
                server.client().resource(backup).delete();
            }
        }
    }

    private Optional<Backup> readBackup(BackupStore store, String name) {
        try {
            return Optional.of(server.client().getKubernetesSerialization()
                    .unmarshal(new String(store.getBackupMetadata(name), StandardCharsets.UTF_8),
                            Backup.class));
        } catch (ObjectNotFoundException e) {
            // A directory without velero-backup.json is an upload in progress or a failed one, not a backup.
            return Optional.empty();
        } catch (RuntimeException e) {
            log.warn("skipping backup {} in the bucket: its velero-backup.json cannot be read: {}", name,
                    e.getMessage());
            return Optional.empty();
        }
    }

    /** Creates the object, then its status: the API server ignores the status of a create. */
    private void create(Backup backup, String locationName) {
        @SuppressWarnings("unchecked")
        Map<String, Object> status = backup.getStatus() == null ? Map.of()
                : server.client().getKubernetesSerialization().convertValue(backup.getStatus(), Map.class);
        backup.setStatus(null);
        Backup created;
        try {
            created = server.client().resource(backup).create();
        } catch (KubernetesClientException e) {
            if (e.getCode() == HttpURLConnection.HTTP_CONFLICT) {
                return;
            }
            throw e;
        }
        MergePatch.applyToStatus(server.client(), created, status);
        log.info("synced backup {} from backup storage location {}", backup.getMetadata().getName(), locationName);
    }

    private boolean ownerExists(OwnerReference owner) {
        if (!"Schedule".equals(owner.getKind())) {
            return false;
        }
        Schedule schedule = server.client().resources(Schedule.class).inNamespace(server.namespace())
                .withName(owner.getName()).get();
        return schedule != null && schedule.getMetadata().getUid().equals(owner.getUid());
    }

    private static String name(BackupStorageLocation location) {
        return location.getMetadata().getName();
    }
}
