package io.velerojava.nodeagent.restore;

import io.fabric8.kubernetes.api.model.ObjectReference;
import io.fabric8.kubernetes.api.model.Pod;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.api.reconciler.ControllerConfiguration;
import io.javaoperatorsdk.operator.api.reconciler.Reconciler;
import io.javaoperatorsdk.operator.api.reconciler.UpdateControl;
import io.velerojava.api.v1.BackupStorageLocation;
import io.velerojava.api.v1.PodVolumeRestore;
import io.velerojava.api.v1.PodVolumeRestorePhase;
import io.velerojava.api.v1.PodVolumeRestoreStatus;
import io.velerojava.engine.location.LocationUnusableException;
import io.velerojava.engine.podvolume.repository.OpenedRepository;
import io.velerojava.nodeagent.NodeAgentContext;
import io.velerojava.nodeagent.StatusPatcher;
import io.velerojava.nodeagent.ThrottledProgress;
import io.velerojava.nodeagent.UploaderSettings;
import io.velerojava.nodeagent.volume.VolumeUnavailableException;
import io.velerojava.repository.RestoreOptions;
import io.velerojava.repository.RestoreResult;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Restores pod volumes on this node: a new PodVolumeRestore whose pod is scheduled here waits until the kubelet
 * has mounted the volume, then the snapshot is written into the volume directory and the {@link RestoreDoneMarker}
 * after it, which releases the pod's {@code restore-wait} init container. PodVolumeRestores name no node, so each
 * agent looks at the pod and leaves those of other nodes alone.
 */
@ControllerConfiguration(name = "pod-volume-restore")
public final class PodVolumeRestoreReconciler implements Reconciler<PodVolumeRestore> {

    /** How soon to look again while the pod is not scheduled or its volume not mounted. */
    static final Duration MOUNT_RECHECK = Duration.ofSeconds(2);

    private static final Logger log = LoggerFactory.getLogger(PodVolumeRestoreReconciler.class);

    private final NodeAgentContext agent;
    private final StatusPatcher statusPatcher;
    /** UIDs of the restores this process started; an InProgress restore of this node not in here was cut off. */
    private final Set<String> startedHere = ConcurrentHashMap.newKeySet();

    public PodVolumeRestoreReconciler(NodeAgentContext agent) {
        this.agent = agent;
        this.statusPatcher = new StatusPatcher(agent.client());
    }

    @Override
    public UpdateControl<PodVolumeRestore> reconcile(PodVolumeRestore restore, Context<PodVolumeRestore> context) {
        PodVolumeRestoreStatus status = restore.getStatus();
        PodVolumeRestorePhase phase = status == null ? null : status.getPhase();
        if (phase == null || phase.value().isEmpty() || PodVolumeRestorePhase.NEW.equals(phase)) {
            return restoreWhenMounted(restore);
        }
        if (PodVolumeRestorePhase.IN_PROGRESS.equals(phase) && agent.nodeName().equals(status.getNode())
                && !startedHere.contains(restore.getMetadata().getUid())) {
            log.warn("pod volume restore {} was InProgress when this agent started; marking it Failed",
                    name(restore));
            return fail(restore, PodVolumeRestoreStatuses.INTERRUPTED);
        }
        return UpdateControl.noUpdate();
    }

    private UpdateControl<PodVolumeRestore> restoreWhenMounted(PodVolumeRestore restore) {
        ObjectReference podReference = restore.getSpec().getPod();
        Pod pod = agent.client().pods().inNamespace(podReference.getNamespace()).withName(podReference.getName())
                .get();
        if (pod == null) {
            return fail(restore, "pod " + podReference.getNamespace() + "/" + podReference.getName()
                    + " does not exist");
        }
        String podNode = pod.getSpec() == null ? null : pod.getSpec().getNodeName();
        if (podNode == null || podNode.isEmpty()) {
            return UpdateControl.<PodVolumeRestore>noUpdate().rescheduleAfter(MOUNT_RECHECK);
        }
        if (!podNode.equals(agent.nodeName())) {
            return UpdateControl.noUpdate();
        }
        if (podReference.getUid() != null && !podReference.getUid().equals(pod.getMetadata().getUid())) {
            return fail(restore, "pod " + podReference.getNamespace() + "/" + podReference.getName()
                    + " was replaced by another pod of the same name before its volumes were restored");
        }
        String locationName = restore.getSpec().getBackupStorageLocation();
        Optional<BackupStorageLocation> location = agent.locations().find(locationName);
        if (location.isEmpty()) {
            return fail(restore, "backup storage location " + locationName + " does not exist");
        }
        Optional<Path> volumeDirectory;
        try {
            volumeDirectory = agent.hostVolumes().find(pod, restore.getSpec().getVolume());
        } catch (VolumeUnavailableException e) {
            return fail(restore, e.getMessage());
        }
        if (volumeDirectory.isEmpty()) {
            return UpdateControl.<PodVolumeRestore>noUpdate().rescheduleAfter(MOUNT_RECHECK);
        }
        return run(restore, location.get(), volumeDirectory.get());
    }

    private UpdateControl<PodVolumeRestore> run(PodVolumeRestore restore, BackupStorageLocation location,
            Path volumeDirectory) {
        startedHere.add(restore.getMetadata().getUid());
        long expectedBytes = Objects.requireNonNullElse(restore.getSpec().getSnapshotSize(), 0L);
        PodVolumeRestoreStatus status = PodVolumeRestoreStatuses.started(agent.nodeName(), expectedBytes,
                agent.clock().instant());
        statusPatcher.patch(restore, status);
        log.info("pod volume restore {} started: snapshot {} into {}", name(restore),
                restore.getSpec().getSnapshotID(), volumeDirectory);
        try {
            RestoreResult result = restoreSnapshot(restore, location, volumeDirectory);
            RestoreDoneMarker.write(volumeDirectory, restore);
            restore.setStatus(PodVolumeRestoreStatuses.completed(status, result, agent.clock().instant()));
            log.info("pod volume restore {} completed: {} files, {} bytes in {}", name(restore), result.files(),
                    result.bytes(), result.duration());
        } catch (IOException | RuntimeException e) {
            log.warn("pod volume restore {} failed", name(restore), e);
            restore.setStatus(PodVolumeRestoreStatuses.failed(status, e.getMessage(), agent.clock().instant()));
        }
        return UpdateControl.patchStatus(restore);
    }

    private RestoreResult restoreSnapshot(PodVolumeRestore restore, BackupStorageLocation location,
            Path volumeDirectory) throws IOException {
        RestoreOptions options = RestoreOptions.DEFAULT.withProgress(new ThrottledProgress(
                progress -> statusPatcher.patch(restore, Map.of("progress",
                        PodVolumeRestoreStatuses.progress(progress.bytesDone(), progress.totalBytes()))),
                ThrottledProgress.DEFAULT_INTERVAL, agent.clock()));
        OptionalInt parallelFiles = new UploaderSettings(restore.getSpec().getUploaderSettings())
                .parallelFiles(UploaderSettings.PARALLEL_FILES_DOWNLOAD);
        if (parallelFiles.isPresent()) {
            options = options.withParallelFiles(parallelFiles.getAsInt());
        }
        // The repository is the one of the namespace the volume was backed up from, before any namespace mapping.
        try (OpenedRepository opened = agent.repositories().open(location, restore.getSpec().getSourceNamespace())) {
            return opened.repository().restore(restore.getSpec().getSnapshotID(), "", volumeDirectory, options);
        } catch (LocationUnusableException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private UpdateControl<PodVolumeRestore> fail(PodVolumeRestore restore, String message) {
        log.info("pod volume restore {} failed: {}", name(restore), message);
        restore.setStatus(PodVolumeRestoreStatuses.failed(restore.getStatus(), message, agent.clock().instant()));
        return UpdateControl.patchStatus(restore);
    }

    private static String name(PodVolumeRestore restore) {
        return restore.getMetadata().getNamespace() + "/" + restore.getMetadata().getName();
    }
}
