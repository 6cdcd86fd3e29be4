package io.velerojava.engine.podvolume;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.ObjectReferenceBuilder;
import io.fabric8.kubernetes.api.model.OwnerReferenceBuilder;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.velerojava.api.GoDuration;
import io.velerojava.api.VeleroAnnotations;
import io.velerojava.api.VeleroLabels;
import io.velerojava.api.v1.Backup;
import io.velerojava.api.v1.PodVolumeBackup;
import io.velerojava.api.v1.PodVolumeBackupPhase;
import io.velerojava.api.v1.PodVolumeBackupSpec;
import io.velerojava.api.v1.UploaderType;
import io.velerojava.archive.GroupResource;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * The file-system backup of pod volumes during one backup: for each backed-up pod, the volumes selected by
 * {@link PodVolumeSelection} get a PodVolumeBackup on the pod's node (after the namespace's BackupRepository is
 * Ready), which the node agent there processes; {@link #awaitCompletion} then waits for all of them, and every
 * failed or unfinished one is an error of the backup, which makes it PartiallyFailed. A claim shared by several
 * pods is backed up once. Thread-safe: pods arrive from parallel item workers.
 */
public final class PodVolumeBackupAction {

    static final GroupResource PODS = new GroupResource("", "pods");
    private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();
    private static final Duration POLL_INTERVAL = Duration.ofSeconds(1);
    /** Velero's {@code --resource-timeout} default. */
    private static final Duration DEFAULT_RESOURCE_TIMEOUT = Duration.ofMinutes(10);

    private final KubernetesClient client;
    private final Backup backup;
    private final Duration timeout;
    private final PodVolumeLog log;
    private final Clock clock;
    private final BackupRepositoryEnsurer repositories;
    private final Map<String, FutureTask<Optional<String>>> repositoryReadiness = new ConcurrentHashMap<>();
    private final Set<String> claimsBackedUp = ConcurrentHashMap.newKeySet();
    /** Name of each PodVolumeBackup created, to the namespace of its pod. */
    private final Map<String, String> createdByName = new ConcurrentHashMap<>();
    private volatile List<PodVolumeBackup> finished = List.of();

    /**
     * @param backup  the backup in progress: its spec has the storage location filled in
     * @param timeout how long {@link #awaitCompletion} waits, see {@link PodVolumeTimeout}
     */
    public PodVolumeBackupAction(KubernetesClient client, Backup backup, Duration timeout, PodVolumeLog log,
            Clock clock) {
        this.client = client;
        this.backup = backup;
        this.timeout = timeout;
        this.log = log;
        this.clock = clock;
        this.repositories = new BackupRepositoryEnsurer(client, backup.getMetadata().getNamespace());
    }

    /** Starts the file-system backup of the item's volumes if it is a pod with volumes to back up. */
    public void afterItemBackedUp(GroupResource type, GenericKubernetesResource item) {
        if (!PODS.equals(type)) {
            return;
        }
        Pod pod = SERIALIZATION.convertValue(item, Pod.class);
        String namespace = pod.getMetadata().getNamespace();
        String podName = namespace + "/" + pod.getMetadata().getName();
        boolean byDefault = Boolean.TRUE.equals(backup.getSpec().getDefaultVolumesToFsBackup());
        if (!byDefault) {
            PodVolumeSelection.unknownOptedInVolumes(pod).forEach(volume -> log.warning(namespace, "pod " + podName
                    + " opts volume " + volume + " in to file-system backup, but has no volume of that name"));
        }
        List<String> volumes = PodVolumeSelection.volumesToBackUp(pod, byDefault);
        if (volumes.isEmpty()) {
            return;
        }
        String node = pod.getSpec().getNodeName();
        String phase = pod.getStatus() == null ? null : pod.getStatus().getPhase();
        if (node == null || node.isEmpty() || !"Running".equals(phase)) {
            log.warning(namespace, "skipping file-system backup of volumes " + volumes + " of pod " + podName
                    + ": the pod is not running (phase " + phase + "), so its volumes are not mounted on a node");
            return;
        }
        Optional<String> repositoryProblem = awaitRepository(namespace);
        if (repositoryProblem.isPresent()) {
            log.error(namespace, "cannot back up volumes " + volumes + " of pod " + podName + ": "
                    + repositoryProblem.get());
            return;
        }
        for (String volume : volumes) {
            try {
                createBackup(pod, volume);
            } catch (KubernetesClientException e) {
                log.error(namespace, "cannot create the PodVolumeBackup of volume " + volume + " of pod " + podName
                        + ": " + e.getMessage());
            }
        }
    }

    /**
     * Waits until every PodVolumeBackup created has ended or the timeout has passed, and reports the failed and
     * unfinished ones as errors. Called once, after every item was backed up.
     */
    public void awaitCompletion() throws InterruptedException {
        if (createdByName.isEmpty()) {
            return;
        }
        Instant deadline = clock.instant().plus(timeout);
        Map<String, PodVolumeBackup> current = currentBackups();
        while (current.values().stream().anyMatch(volumeBackup -> !isFinished(volumeBackup))
                && clock.instant().isBefore(deadline)) {
            Thread.sleep(POLL_INTERVAL.toMillis());
            current = currentBackups();
        }
        for (Map.Entry<String, String> created : createdByName.entrySet()) {
            PodVolumeBackup volumeBackup = current.get(created.getKey());
            if (volumeBackup == null) {
                log.error(created.getValue(), "PodVolumeBackup " + created.getKey() + " was deleted before it ended");
            } else if (!isFinished(volumeBackup)) {
                log.error(created.getValue(), describe(volumeBackup) + " did not finish within " + timeout
                        + " (phase " + phaseOf(volumeBackup) + ")");
            } else if (PodVolumeBackupPhase.COMPLETED.equals(phaseOf(volumeBackup))) {
                log.info(describe(volumeBackup) + " completed: snapshot " + volumeBackup.getStatus().getSnapshotID());
            } else {
                log.error(created.getValue(), describe(volumeBackup) + " ended " + phaseOf(volumeBackup) + ": "
                        + volumeBackup.getStatus().getMessage());
            }
        }
        finished = current.values().stream()
                .sorted(Comparator.comparing(volumeBackup -> volumeBackup.getMetadata().getName()))
                .toList();
    }

    /**
     * The PodVolumeBackups of this backup as {@link #awaitCompletion} last saw them, for the backup's
     * {@code podvolumebackups} file; empty before.
     */
    public List<PodVolumeBackup> backups() {
        return finished;
    }

    /** Ensures the namespace's repository once per backup; empty when it is Ready, else why not. */
    private Optional<String> awaitRepository(String namespace) {
        FutureTask<Optional<String>> readiness = new FutureTask<>(() -> {
            try {
                repositories.ensureReady(namespace, backup.getSpec().getStorageLocation(),
                        repositoryTimeout(backup));
                return Optional.empty();
            } catch (RepositoryNotReadyException | KubernetesClientException e) {
                return Optional.of(e.getMessage());
            }
        });
        FutureTask<Optional<String>> existing = repositoryReadiness.putIfAbsent(namespace, readiness);
        FutureTask<Optional<String>> task = existing == null ? readiness : existing;
        if (existing == null) {
            readiness.run();
        }
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of("interrupted while waiting for the backup repository");
        } catch (ExecutionException e) {
            return Optional.of(String.valueOf(e.getCause()));
        }
    }

    /**
     * A repository is waited for as long as any resource, the server's {@code --resource-timeout} the Backup records,
     * not the hours a volume transfer may take: without a node agent it never becomes Ready.
     */
    private static Duration repositoryTimeout(Backup backup) {
        Map<String, String> annotations = backup.getMetadata().getAnnotations();
        GoDuration recorded = annotations == null || annotations.get(VeleroAnnotations.RESOURCE_TIMEOUT) == null
                ? null : GoDuration.fromJson(annotations.get(VeleroAnnotations.RESOURCE_TIMEOUT));
        return recorded != null && recorded.isValid() && !recorded.isZero() && !recorded.isNegative()
                ? recorded.toDuration() : DEFAULT_RESOURCE_TIMEOUT;
    }

    private void createBackup(Pod pod, String volumeName) {
        String namespace = pod.getMetadata().getNamespace();
        Volume volume = pod.getSpec().getVolumes().stream().filter(v -> v.getName().equals(volumeName))
                .findFirst().orElseThrow();
        Optional<PersistentVolumeClaim> claim = Optional.ofNullable(volume.getPersistentVolumeClaim())
                .map(source -> client.persistentVolumeClaims().inNamespace(namespace)
                        .withName(source.getClaimName()).get());
        if (claim.isPresent() && !claimsBackedUp.add(namespace + "/" + claim.get().getMetadata().getName())) {
            log.info("volume " + volumeName + " of pod " + namespace + "/" + pod.getMetadata().getName()
                    + " is claim " + claim.get().getMetadata().getName() + ", already backed up with another pod");
            return;
        }
        PodVolumeBackup created = client.resources(PodVolumeBackup.class)
                .inNamespace(backup.getMetadata().getNamespace())
                .resource(describeBackup(pod, volumeName, claim))
                .create();
        createdByName.put(created.getMetadata().getName(), namespace);
        log.info("created " + describe(created));
    }

    private PodVolumeBackup describeBackup(Pod pod, String volume, Optional<PersistentVolumeClaim> claim) {
        String backupName = backup.getMetadata().getName();
        String backupUid = backup.getMetadata().getUid();
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put(VeleroLabels.BACKUP_NAME, VeleroLabels.validValue(backupName));
        labels.put(VeleroLabels.BACKUP_UID, backupUid);
        Map<String, String> tags = new LinkedHashMap<>();
        tags.put("backup", backupName);
        tags.put("backup-uid", backupUid);
        tags.put("pod", pod.getMetadata().getName());
        tags.put("pod-uid", pod.getMetadata().getUid());
        tags.put("ns", pod.getMetadata().getNamespace());
        tags.put("volume", volume);
        Map<String, String> annotations = new HashMap<>();
        claim.ifPresent(pvc -> {
            labels.put(VeleroLabels.PVC_UID, pvc.getMetadata().getUid());
            tags.put("pvc-uid", pvc.getMetadata().getUid());
            annotations.put(VeleroAnnotations.PVC_NAME, pvc.getMetadata().getName());
        });

        PodVolumeBackup volumeBackup = new PodVolumeBackup();
        volumeBackup.getMetadata().setNamespace(backup.getMetadata().getNamespace());
        volumeBackup.getMetadata().setGenerateName(backupName + "-");
        volumeBackup.getMetadata().setLabels(labels);
        volumeBackup.getMetadata().setAnnotations(annotations.isEmpty() ? null : annotations);
        volumeBackup.getMetadata().setOwnerReferences(List.of(new OwnerReferenceBuilder()
                .withApiVersion(backup.getApiVersion()).withKind(backup.getKind()).withName(backupName)
                .withUid(backupUid).withController(true).build()));
        PodVolumeBackupSpec spec = new PodVolumeBackupSpec();
        spec.setNode(pod.getSpec().getNodeName());
        spec.setPod(new ObjectReferenceBuilder().withKind("Pod").withNamespace(pod.getMetadata().getNamespace())
                .withName(pod.getMetadata().getName()).withUid(pod.getMetadata().getUid()).build());
        spec.setVolume(volume);
        spec.setBackupStorageLocation(backup.getSpec().getStorageLocation());
        spec.setRepoIdentifier("");
        spec.setUploaderType(UploaderType.KOPIA);
        spec.setTags(tags);
        Integer parallelFiles = backup.getSpec().getUploaderConfig() == null ? null
                : backup.getSpec().getUploaderConfig().getParallelFilesUpload();
        if (parallelFiles != null && parallelFiles > 0) {
            spec.setUploaderSettings(Map.of("ParallelFilesUpload", Integer.toString(parallelFiles)));
        }
        volumeBackup.setSpec(spec);
        return volumeBackup;
    }

    private Map<String, PodVolumeBackup> currentBackups() {
        Map<String, PodVolumeBackup> current = new HashMap<>();
        for (PodVolumeBackup volumeBackup : client.resources(PodVolumeBackup.class)
                .inNamespace(backup.getMetadata().getNamespace())
                .withLabel(VeleroLabels.BACKUP_UID, backup.getMetadata().getUid()).list().getItems()) {
            if (createdByName.containsKey(volumeBackup.getMetadata().getName())) {
                current.put(volumeBackup.getMetadata().getName(), volumeBackup);
            }
        }
        return current;
    }

    private static boolean isFinished(PodVolumeBackup volumeBackup) {
        PodVolumeBackupPhase phase = phaseOf(volumeBackup);
        return PodVolumeBackupPhase.COMPLETED.equals(phase) || PodVolumeBackupPhase.FAILED.equals(phase)
                || PodVolumeBackupPhase.CANCELED.equals(phase);
    }

    private static PodVolumeBackupPhase phaseOf(PodVolumeBackup volumeBackup) {
        return volumeBackup.getStatus() == null || volumeBackup.getStatus().getPhase() == null
                ? PodVolumeBackupPhase.NEW : volumeBackup.getStatus().getPhase();
    }

    private static String describe(PodVolumeBackup volumeBackup) {
        return "PodVolumeBackup " + volumeBackup.getMetadata().getName() + " (volume "
                + volumeBackup.getSpec().getVolume() + " of pod " + volumeBackup.getSpec().getPod().getNamespace()
                + "/" + volumeBackup.getSpec().getPod().getName() + ")";
    }
}
