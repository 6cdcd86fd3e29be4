package io.velerojava.nodeagent;

import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.ObjectReferenceBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.velerojava.api.VeleroCrds;
import io.velerojava.api.VeleroLabels;
import io.velerojava.api.v1.PodVolumeBackup;
import io.velerojava.api.v1.PodVolumeBackupPhase;
import io.velerojava.api.v1.PodVolumeBackupSpec;
import io.velerojava.api.v1.PodVolumeRestore;
import io.velerojava.api.v1.PodVolumeRestorePhase;
import io.velerojava.api.v1.PodVolumeRestoreSpec;
import io.velerojava.api.v1.UploaderType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * An application namespace whose pods the {@link FakeKubelet} runs on {@link #NODE}, and the PodVolumeBackups and
 * PodVolumeRestores a backup or restore would create for them.
 */
final class PodVolumeFixture implements AutoCloseable {

    static final String NODE = "node-a";
    static final Duration TRANSFER_TIMEOUT = Duration.ofMinutes(2);

    private final KubernetesClient client;
    private final String veleroNamespace;
    private final String appNamespace = "app-" + UUID.randomUUID().toString().substring(0, 8);
    private final FakeKubelet kubelet;

    PodVolumeFixture(KubernetesClient client, String veleroNamespace, Path hostPods) {
        this.client = client;
        this.veleroNamespace = veleroNamespace;
        client.namespaces().resource(new NamespaceBuilder().withNewMetadata().withName(appNamespace).endMetadata()
                .build()).create();
        // Pods are admitted only once the controller manager has made the namespace's default service account.
        await().atMost(Duration.ofSeconds(30)).until(() -> client.serviceAccounts().inNamespace(appNamespace)
                .withName("default").get() != null);
        this.kubelet = new FakeKubelet(client, appNamespace, NODE, hostPods);
    }

    static void installCrds(KubernetesClient client) {
        for (CustomResourceDefinition crd : VeleroCrds.definitions()) {
            client.resource(crd).forceConflicts().serverSideApply();
        }
        for (CustomResourceDefinition crd : VeleroCrds.definitions()) {
            client.apiextensions().v1().customResourceDefinitions().withName(crd.getMetadata().getName())
                    .waitUntilCondition(definition -> definition.getStatus() != null
                            && definition.getStatus().getConditions().stream().anyMatch(condition ->
                                    "Established".equals(condition.getType())
                                            && "True".equals(condition.getStatus())), 60, TimeUnit.SECONDS);
        }
    }

    String appNamespace() {
        return appNamespace;
    }

    /** A pod with emptyDir volumes, once the fake kubelet has bound it and mounted them. */
    Pod createRunningPod(String name, String... emptyDirVolumes) {
        return createRunningPod(name, Map.of(), emptyDirVolumes);
    }

    Pod createRunningPod(String name, Map<String, String> annotations, String... emptyDirVolumes) {
        PodBuilder pod = new PodBuilder().withNewMetadata().withName(name).withNamespace(appNamespace)
                .withAnnotations(annotations).endMetadata()
                .withNewSpec().addNewContainer().withName("app").withImage("busybox").endContainer().endSpec();
        for (String volume : emptyDirVolumes) {
            pod.editSpec().addNewVolume().withName(volume).withNewEmptyDir().endEmptyDir().endVolume()
                    .editFirstContainer().addNewVolumeMount().withName(volume).withMountPath("/" + volume)
                    .endVolumeMount().endContainer().endSpec();
        }
        Pod created = client.pods().inNamespace(appNamespace).resource(pod.build()).create();
        await().atMost(Duration.ofSeconds(30)).until(() -> Arrays.stream(emptyDirVolumes)
                .allMatch(volume -> Files.isDirectory(volumeDirectory(created, volume)))
                && "Running".equals(client.pods().inNamespace(appNamespace).withName(name).get().getStatus()
                        .getPhase()));
        return client.pods().inNamespace(appNamespace).withName(name).get();
    }

    Path volumeDirectory(Pod pod, String volume) {
        return kubelet.volumeDirectory(pod, volume);
    }

    /** A PodVolumeBackup as the backup engine creates it. */
    PodVolumeBackup createBackup(Pod pod, String volume, String node, String location,
            Map<String, String> uploaderSettings) {
        PodVolumeBackup backup = new PodVolumeBackup();
        backup.getMetadata().setNamespace(veleroNamespace);
        backup.getMetadata().setGenerateName("nightly-");
        backup.getMetadata().setLabels(Map.of(VeleroLabels.BACKUP_NAME, "nightly",
                VeleroLabels.BACKUP_UID, "backup-uid"));
        PodVolumeBackupSpec spec = new PodVolumeBackupSpec();
        spec.setNode(node);
        spec.setPod(new ObjectReferenceBuilder().withKind("Pod").withNamespace(appNamespace)
                .withName(pod.getMetadata().getName()).withUid(pod.getMetadata().getUid()).build());
        spec.setVolume(volume);
        spec.setBackupStorageLocation(location);
        spec.setRepoIdentifier("");
        spec.setUploaderType(UploaderType.KOPIA);
        spec.setTags(Map.of("backup", "nightly", "backup-uid", "backup-uid", "ns", appNamespace,
                "pod", pod.getMetadata().getName(), "pod-uid", pod.getMetadata().getUid(), "volume", volume));
        spec.setUploaderSettings(uploaderSettings);
        backup.setSpec(spec);
        return client.resources(PodVolumeBackup.class).inNamespace(veleroNamespace).resource(backup).create();
    }

    PodVolumeBackup awaitBackupFinished(PodVolumeBackup backup) {
        return client.resources(PodVolumeBackup.class).inNamespace(veleroNamespace)
                .withName(backup.getMetadata().getName())
                .waitUntilCondition(current -> current.getStatus() != null
                        && (PodVolumeBackupPhase.COMPLETED.equals(current.getStatus().getPhase())
                        || PodVolumeBackupPhase.FAILED.equals(current.getStatus().getPhase())),
                        TRANSFER_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** A PodVolumeRestore as the restore engine creates it, after the pod. */
    PodVolumeRestore createRestore(Pod pod, String volume, String snapshotId, String sourceNamespace,
            String location, String restoreUid) {
        PodVolumeRestore restore = new PodVolumeRestore();
        restore.getMetadata().setNamespace(veleroNamespace);
        restore.getMetadata().setGenerateName("nightly-restore-");
        restore.getMetadata().setLabels(Map.of(VeleroLabels.RESTORE_NAME, "nightly-restore",
                VeleroLabels.RESTORE_UID, restoreUid, VeleroLabels.POD_UID, pod.getMetadata().getUid()));
        PodVolumeRestoreSpec spec = new PodVolumeRestoreSpec();
        spec.setPod(new ObjectReferenceBuilder().withKind("Pod").withNamespace(pod.getMetadata().getNamespace())
                .withName(pod.getMetadata().getName()).withUid(pod.getMetadata().getUid()).build());
        spec.setVolume(volume);
        spec.setBackupStorageLocation(location);
        spec.setRepoIdentifier("");
        spec.setUploaderType(UploaderType.KOPIA);
        spec.setSnapshotID(snapshotId);
        spec.setSourceNamespace(sourceNamespace);
        restore.setSpec(spec);
        return client.resources(PodVolumeRestore.class).inNamespace(veleroNamespace).resource(restore).create();
    }

    PodVolumeRestore awaitRestoreFinished(PodVolumeRestore restore) {
        return client.resources(PodVolumeRestore.class).inNamespace(veleroNamespace)
                .withName(restore.getMetadata().getName())
                .waitUntilCondition(current -> current.getStatus() != null
                        && (PodVolumeRestorePhase.COMPLETED.equals(current.getStatus().getPhase())
                        || PodVolumeRestorePhase.FAILED.equals(current.getStatus().getPhase())),
                        TRANSFER_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        kubelet.close();
        client.namespaces().withName(appNamespace).delete();
    }
}
