package io.velerojava.nodeagent.repository;

import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.api.reconciler.ControllerConfiguration;
import io.javaoperatorsdk.operator.api.reconciler.Reconciler;
import io.javaoperatorsdk.operator.api.reconciler.UpdateControl;
import io.velerojava.api.GoDuration;
import io.velerojava.api.v1.BackupRepository;
import io.velerojava.api.v1.BackupRepositoryMaintenanceResult;
import io.velerojava.api.v1.BackupRepositoryPhase;
import io.velerojava.api.v1.BackupRepositoryStatus;
import io.velerojava.api.v1.BackupStorageLocation;
import io.velerojava.api.v1.BackupStorageLocationAccessMode;
import io.velerojava.api.v1.RepositoryType;
import io.velerojava.engine.location.LocationUnusableException;
import io.velerojava.engine.podvolume.repository.OpenedRepository;
import io.velerojava.engine.podvolume.repository.RepositoryState;
import io.velerojava.nodeagent.NodeAgentContext;
import io.velerojava.repository.maintenance.MaintenanceOptions;
import io.velerojava.repository.maintenance.MaintenanceResult;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps each BackupRepository's repository usable: a new (or NotReady) one is created in its location if missing
 * and opened with the password, then marked Ready or NotReady with the reason; a Ready one is maintained every
 * {@code spec.maintenanceFrequency} (filled with the agent's default when zero), each run recorded in
 * {@code status.recentMaintenance}. Runs in one node agent at a time (a Lease), because only one maintenance may
 * run on a repository at once.
 */
@ControllerConfiguration(name = "backup-repo")
public final class BackupRepositoryReconciler implements Reconciler<BackupRepository> {

    /** Velero re-checks repositories this often. */
    static final Duration RESYNC = Duration.ofMinutes(5);
    static final Duration NOT_READY_RETRY = Duration.ofMinutes(1);
    /** In case the update event of the filled-in spec is not delivered, e.g. filtered as this agent's own. */
    static final Duration DEFAULTS_APPLIED_RECHECK = Duration.ofSeconds(1);

    private static final Logger log = LoggerFactory.getLogger(BackupRepositoryReconciler.class);

    private final NodeAgentContext agent;

    public BackupRepositoryReconciler(NodeAgentContext agent) {
        this.agent = agent;
    }

    @Override
    public UpdateControl<BackupRepository> reconcile(BackupRepository repository,
            Context<BackupRepository> context) {
        RepositoryType type = repository.getSpec().getRepositoryType();
        if (type != null && !type.value().isEmpty() && !RepositoryType.KOPIA.equals(type)) {
            repository.setStatus(BackupRepositoryStatuses.notReady(repository.getStatus(), "repository type "
                    + type + " is not supported; only " + RepositoryType.KOPIA + " repositories are"));
            return UpdateControl.patchStatus(repository);
        }
        Duration frequency = BackupRepositoryStatuses.maintenanceFrequency(repository,
                agent.options().defaultMaintenanceFrequency());
        if (!GoDuration.of(frequency).equals(repository.getSpec().getMaintenanceFrequency())) {
            // Defaults first, on their own: the spec change triggers the next reconcile, which prepares the
            // repository once, instead of once more for a stale copy seen after a combined update.
            repository.getSpec().setMaintenanceFrequency(GoDuration.of(frequency));
            return UpdateControl.patchResource(repository).rescheduleAfter(DEFAULTS_APPLIED_RECHECK);
        }
        Optional<BackupStorageLocation> location = agent.locations()
                .find(repository.getSpec().getBackupStorageLocation());
        BackupRepositoryPhase phase = repository.getStatus() == null ? null : repository.getStatus().getPhase();
        boolean statusChanged = true;
        if (location.isEmpty()) {
            repository.setStatus(BackupRepositoryStatuses.notReady(repository.getStatus(), "backup storage location "
                    + repository.getSpec().getBackupStorageLocation() + " does not exist"));
        } else if (!BackupRepositoryPhase.READY.equals(phase)) {
            repository.setStatus(prepare(repository, location.get()));
        } else if (isMaintenanceDue(repository, frequency, location.get())) {
            repository.setStatus(maintain(repository, location.get()));
        } else {
            statusChanged = false;
        }
        Duration recheck = BackupRepositoryPhase.READY.equals(repository.getStatus().getPhase())
                ? untilMaintenance(repository, frequency) : NOT_READY_RETRY;
        UpdateControl<BackupRepository> control = statusChanged ? UpdateControl.patchStatus(repository)
                : UpdateControl.noUpdate();
        return control.rescheduleAfter(recheck);
    }

    private BackupRepositoryStatus prepare(BackupRepository repository, BackupStorageLocation location) {
        String namespace = repository.getSpec().getVolumeNamespace();
        try {
            RepositoryState state = agent.repositories().ensure(location, namespace);
            log.info("backup repository {} is ready ({} repository)", name(repository),
                    state == RepositoryState.CREATED ? "created a new" : "opened the existing");
            return BackupRepositoryStatuses.ready(repository.getStatus());
        } catch (IOException | LocationUnusableException e) {
            log.warn("backup repository {} is not ready: {}", name(repository), e.getMessage());
            return BackupRepositoryStatuses.notReady(repository.getStatus(), e.getMessage());
        }
    }

    private boolean isMaintenanceDue(BackupRepository repository, Duration frequency, BackupStorageLocation location) {
        // Maintenance deletes data; a read-only location is never written, as in Velero.
        return !BackupStorageLocationAccessMode.READ_ONLY.equals(location.getSpec().getAccessMode())
                && !agent.clock().instant().isBefore(BackupRepositoryStatuses.nextMaintenance(repository, frequency));
    }

    private BackupRepositoryStatus maintain(BackupRepository repository, BackupStorageLocation location) {
        Instant start = agent.clock().instant();
        BackupRepositoryMaintenanceResult result;
        String message;
        try (OpenedRepository opened = agent.repositories().open(location,
                repository.getSpec().getVolumeNamespace())) {
            MaintenanceResult done = opened.repository().maintain(MaintenanceOptions.DEFAULT);
            result = BackupRepositoryMaintenanceResult.SUCCEEDED;
            message = "deleted " + done.packsDeleted() + " packs (" + done.bytesDeleted() + " bytes), repacked "
                    + done.packsRepacked() + ", " + done.packsWaiting() + " retired packs wait for the grace period";
            log.info("maintained backup repository {}: {}", name(repository), message);
        } catch (IOException | RuntimeException e) {
            result = BackupRepositoryMaintenanceResult.FAILED;
            message = e.getMessage();
            log.warn("maintenance of backup repository {} failed", name(repository), e);
        }
        return BackupRepositoryStatuses.maintained(repository.getStatus(), start, agent.clock().instant(), result,
                message);
    }

    /**
     * Until the next maintenance is due, but at least every {@link #RESYNC}. A run that is already due here failed
     * or is not allowed (read-only location), so it is tried again at the next resync.
     */
    private Duration untilMaintenance(BackupRepository repository, Duration frequency) {
        Duration untilDue = Duration.between(agent.clock().instant(),
                BackupRepositoryStatuses.nextMaintenance(repository, frequency));
        return untilDue.isNegative() || untilDue.isZero() || untilDue.compareTo(RESYNC) > 0 ? RESYNC : untilDue;
    }

    private static String name(BackupRepository repository) {
        return repository.getMetadata().getNamespace() + "/" + repository.getMetadata().getName();
    }
}
