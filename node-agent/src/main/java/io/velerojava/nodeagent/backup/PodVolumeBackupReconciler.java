package io.velerojava.nodeagent.backup;

import io.fabric8.kubernetes.api.model.ObjectReference;
import io.fabric8.kubernetes.api.model.Pod;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.api.reconciler.ControllerConfiguration;
import io.javaoperatorsdk.operator.api.reconciler.Reconciler;
import io.javaoperatorsdk.operator.api.reconciler.UpdateControl;
import io.velerojava.api.v1.BackupRepository;
import io.velerojava.api.v1.BackupRepositoryPhase;
import io.velerojava.api.v1.BackupStorageLocation;
import io.velerojava.api.v1.BackupStorageLocationAccessMode;
import io.velerojava.api.v1.PodVolumeBackup;
import io.velerojava.api.v1.PodVolumeBackupPhase;
import io.velerojava.api.v1.PodVolumeBackupStatus;
import io.velerojava.engine.location.LocationUnusableException;
import io.velerojava.engine.podvolume.BackupRepositoryEnsurer;
import io.velerojava.engine.podvolume.repository.OpenedRepository;
import io.velerojava.nodeagent.NodeAgentContext;
import io.velerojava.nodeagent.StatusPatcher;
import io.velerojava.nodeagent.ThrottledProgress;
import io.velerojava.nodeagent.UploaderSettings;
import io.velerojava.nodeagent.volume.VolumeUnavailableException;
import io.velerojava.repository.Repository;
import io.velerojava.repository.SnapshotInfo;
import io.velerojava.repository.SnapshotOptions;
import io.velerojava.repository.SnapshotResult;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Backs up the pod volumes of this node: for a new PodVolumeBackup, find the location, the Ready repository, the
 * pod and its volume directory, mark InProgress, snapshot the directory into the repository (reporting progress),
 * then record Completed with the snapshot ID, or Failed with the reason. The agent is registered with a filter, so
 * it only sees PodVolumeBackups whose {@code spec.node} is its node.
 */
@ControllerConfiguration(name = "pod-volume-backup")
public final class PodVolumeBackupReconciler implements Reconciler<PodVolumeBackup> {

    /** How soon to look again while the BackupRepository is being made Ready. */
    static final Duration REPOSITORY_RECHECK = Duration.ofSeconds(2);

    private static final Logger log = LoggerFactory.getLogger(PodVolumeBackupReconciler.class);

    private final NodeAgentContext agent;
    private final StatusPatcher statusPatcher;
    private final BackupRepositoryEnsurer repositoryObjects;
    /** UIDs of the backups this process started; an InProgress backup not in here was cut off by a restart. */
    private final Set<String> startedHere = ConcurrentHashMap.newKeySet();

    public PodVolumeBackupReconciler(NodeAgentContext agent) {
        this.agent = agent;
        this.statusPatcher = new StatusPatcher(agent.client());
        this.repositoryObjects = new BackupRepositoryEnsurer(agent.client(), agent.namespace());
    }

    /** Whether this agent handles the backup: only those of volumes on its own node. */
    public static boolean isForNode(PodVolumeBackup backup, String nodeName) {
        return backup.getSpec() != null && nodeName.equals(backup.getSpec().getNode());
    }

    @Override
    public UpdateControl<PodVolumeBackup> reconcile(PodVolumeBackup backup, Context<PodVolumeBackup> context) {
        PodVolumeBackupPhase phase = backup.getStatus() == null ? null : backup.getStatus().getPhase();
        if (phase == null || phase.value().isEmpty() || PodVolumeBackupPhase.NEW.equals(phase)) {
            return backUp(backup);
        }
        if (PodVolumeBackupPhase.IN_PROGRESS.equals(phase) && !startedHere.contains(backup.getMetadata().getUid())) {
            log.warn("pod volume backup {} was InProgress when this agent started; marking it Failed", name(backup));
            return fail(backup, PodVolumeBackupStatuses.INTERRUPTED);
        }
        return UpdateControl.noUpdate();
    }

    private UpdateControl<PodVolumeBackup> backUp(PodVolumeBackup backup) {
        ObjectReference podReference = backup.getSpec().getPod();
        String locationName = backup.getSpec().getBackupStorageLocation();
        Optional<BackupStorageLocation> location = agent.locations().find(locationName);
        if (location.isEmpty()) {
            return fail(backup, "backup storage location " + locationName + " does not exist");
        }
        if (BackupStorageLocationAccessMode.READ_ONLY.equals(location.get().getSpec().getAccessMode())) {
            return fail(backup, "backup storage location " + locationName + " is read-only");
        }
        BackupRepository repository = repositoryObjects.ensure(podReference.getNamespace(), locationName);
        BackupRepositoryPhase repositoryPhase = repository.getStatus() == null ? null
                : repository.getStatus().getPhase();
        if (BackupRepositoryPhase.NOT_READY.equals(repositoryPhase)) {
            return fail(backup, "backup repository " + repository.getMetadata().getName() + " is not ready: "
                    + repository.getStatus().getMessage());
        }
        if (!BackupRepositoryPhase.READY.equals(repositoryPhase)) {
            return UpdateControl.<PodVolumeBackup>noUpdate().rescheduleAfter(REPOSITORY_RECHECK);
        }
        Pod pod = agent.client().pods().inNamespace(podReference.getNamespace()).withName(podReference.getName())
                .get();
        if (pod == null) {
            return fail(backup, "pod " + podReference.getNamespace() + "/" + podReference.getName()
                    + " does not exist");
        }
        Path volumeDirectory;
        try {
            volumeDirectory = agent.hostVolumes().find(pod, backup.getSpec().getVolume())
                    .orElseThrow(() -> new VolumeUnavailableException("no directory of volume "
                            + backup.getSpec().getVolume() + " under " + agent.options().hostPodsPath()
                            + "/" + pod.getMetadata().getUid() + "/volumes; is the pod running on node "
                            + agent.nodeName() + "?"));
        } catch (VolumeUnavailableException e) {
            return fail(backup, e.getMessage());
        }
        return run(backup, location.get(), volumeDirectory);
    }

    private UpdateControl<PodVolumeBackup> run(PodVolumeBackup backup, BackupStorageLocation location,
            Path volumeDirectory) {
        startedHere.add(backup.getMetadata().getUid());
        PodVolumeBackupStatus status = PodVolumeBackupStatuses.started(volumeDirectory.toString(),
                agent.clock().instant());
        statusPatcher.patch(backup, status);
        log.info("pod volume backup {} started: {} of pod {}/{} from {}", name(backup), backup.getSpec().getVolume(),
                backup.getSpec().getPod().getNamespace(), backup.getSpec().getPod().getName(), volumeDirectory);
        try {
            SnapshotResult result = snapshot(backup, location, volumeDirectory);
            backup.setStatus(PodVolumeBackupStatuses.completed(status, result, agent.clock().instant()));
            log.info("pod volume backup {} completed: snapshot {}, {} files, {} bytes ({} new) in {}", name(backup),
                    result.snapshotId(), result.files(), result.bytes(), result.newBytes(), result.duration());
        } catch (IOException | RuntimeException e) {
            log.warn("pod volume backup {} failed", name(backup), e);
            backup.setStatus(PodVolumeBackupStatuses.failed(status, e.getMessage(), agent.clock().instant()));
        }
        return UpdateControl.patchStatus(backup);
    }

    private SnapshotResult snapshot(PodVolumeBackup backup, BackupStorageLocation location, Path volumeDirectory)
            throws IOException {
        SnapshotSource source = SnapshotSource.of(backup);
        SnapshotOptions options = SnapshotOptions.DEFAULT.withProgress(new ThrottledProgress(
                progress -> statusPatcher.patch(backup, Map.of("progress",
                        PodVolumeBackupStatuses.progress(progress.bytesDone(), progress.totalBytes()))),
                ThrottledProgress.DEFAULT_INTERVAL, agent.clock()));
        OptionalInt parallelFiles = new UploaderSettings(backup.getSpec().getUploaderSettings())
                .parallelFiles(UploaderSettings.PARALLEL_FILES_UPLOAD);
        if (parallelFiles.isPresent()) {
            options = options.withParallelFiles(parallelFiles.getAsInt());
        }
        try (OpenedRepository opened = agent.repositories().open(location,
                backup.getSpec().getPod().getNamespace())) {
            Repository repository = opened.repository();
            Optional<String> parent = repository.latestSnapshot(source.parentFilter()).map(SnapshotInfo::id);
            if (parent.isPresent()) {
                options = options.withParent(parent.get());
            }
            return repository.snapshot(volumeDirectory, source.labels(), options);
        } catch (LocationUnusableException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private UpdateControl<PodVolumeBackup> fail(PodVolumeBackup backup, String message) {
        log.info("pod volume backup {} failed: {}", name(backup), message);
        backup.setStatus(PodVolumeBackupStatuses.failed(backup.getStatus(), message, agent.clock().instant()));
        return UpdateControl.patchStatus(backup);
    }

    private static String name(PodVolumeBackup backup) {
        return backup.getMetadata().getNamespace() + "/" + backup.getMetadata().getName();
    }
}
