package io.velerojava.cli.install;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.rbac.ClusterRoleBinding;
import io.velerojava.api.v1.BackupStorageLocation;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class InstallManifestsTest {

    static InstallOptions options(String namespace, String provider, Optional<byte[]> credentials) {
        return new InstallOptions(namespace, Optional.of(provider), Optional.of("bucket-1"), Optional.of("cluster-a"),
                Map.of("region", "us-east-1"), Map.of(), credentials, true, false, false,
                "velero-java/velero:test", "velero", Map.of(), Map.of(), Map.of(),
                InstallOptions.PodResources.SERVER_DEFAULTS, InstallOptions.PodResources.NODE_AGENT_DEFAULTS,
                "/var/lib/kubelet");
    }

    @Test
    void createsWhatVeleroInstallCreatesInApplyOrder() {
        List<HasMetadata> objects = InstallManifests.all(
                options("velero", "aws", Optional.of("[default]\n".getBytes(StandardCharsets.UTF_8))));

        List<String> kinds = objects.stream().map(HasMetadata::getKind).distinct().toList();
        assertThat(kinds).containsExactly("CustomResourceDefinition", "Namespace", "ServiceAccount",
                "ClusterRoleBinding", "Secret", "BackupStorageLocation", "VolumeSnapshotLocation", "Deployment");
        assertThat(objects).allSatisfy(o -> assertThat(o.getMetadata().getLabels()).containsEntry("component", "velero"));
    }

    @Test
    void locationNamesTheCredentialSecretSoAnOutOfClusterServerCanReadIt() {
        BackupStorageLocation location = InstallManifests.all(options("velero", "aws", Optional.of(new byte[] {1})))
                .stream().filter(BackupStorageLocation.class::isInstance).map(BackupStorageLocation.class::cast)
                .findFirst().orElseThrow();

        assertThat(location.getSpec().getDefault()).isTrue();
        assertThat(location.getSpec().getObjectStorage().getPrefix()).isEqualTo("cluster-a");
        assertThat(location.getSpec().getCredential().getName()).isEqualTo("cloud-credentials");
        assertThat(location.getSpec().getCredential().getKey()).isEqualTo("cloud");
    }

    @Test
    void filesystemLocationGetsNoSnapshotLocationAndNoSecretWithoutCredentials() {
        List<String> kinds = InstallManifests.all(options("velero", "velero.io/filesystem", Optional.empty()))
                .stream().map(HasMetadata::getKind).toList();

        assertThat(kinds).doesNotContain("VolumeSnapshotLocation", "Secret");
    }

    @Test
    void bindingIsNamedPerNamespaceOutsideTheDefaultOne() {
        ClusterRoleBinding binding = InstallManifests.all(options("backup-system", "aws", Optional.empty())).stream()
                .filter(ClusterRoleBinding.class::isInstance).map(ClusterRoleBinding.class::cast)
                .findFirst().orElseThrow();

        assertThat(binding.getMetadata().getName()).isEqualTo("velero-backup-system");
        assertThat(binding.getSubjects().get(0).getNamespace()).isEqualTo("backup-system");
        assertThat(binding.getRoleRef().getName()).isEqualTo("cluster-admin");
    }

    @Test
    void serverDeploymentUsesVelerosDefaultResources() {
        Deployment deployment = InstallManifests.all(options("velero", "aws", Optional.empty())).stream()
                .filter(Deployment.class::isInstance).map(Deployment.class::cast).findFirst().orElseThrow();

        var container = deployment.getSpec().getTemplate().getSpec().getContainers().get(0);
        assertThat(container.getArgs()).containsExactly("server");
        assertThat(container.getResources().getRequests()).containsKeys("cpu", "memory");
        assertThat(container.getResources().getLimits().get("memory").toString()).isEqualTo("512Mi");
    }

    @Test
    void bucketIsRequiredWithAProvider() {
        InstallOptions noBucket = new InstallOptions("velero", Optional.of("aws"), Optional.empty(), Optional.empty(),
                Map.of(), Map.of(), Optional.empty(), true, false, false, "img", "velero", Map.of(), Map.of(),
                Map.of(), InstallOptions.PodResources.SERVER_DEFAULTS, InstallOptions.PodResources.NODE_AGENT_DEFAULTS,
                "/var/lib/kubelet");

        assertThatThrownBy(() -> InstallManifests.all(noBucket)).hasMessageContaining("--bucket");
    }

    @Test
    void nodeAgentReadsThePodsDirectoryWhereTheDaemonSetMountsIt() {
        InstallOptions withAgent = new InstallOptions("velero", Optional.of("aws"), Optional.of("b"), Optional.empty(),
                Map.of(), Map.of(), Optional.empty(), true, true, false, "img", "velero", Map.of(), Map.of(),
                Map.of(), InstallOptions.PodResources.SERVER_DEFAULTS, InstallOptions.PodResources.NODE_AGENT_DEFAULTS,
                "/var/lib/kubelet");
        var agent = InstallManifests.all(withAgent).stream()
                .filter(io.fabric8.kubernetes.api.model.apps.DaemonSet.class::isInstance)
                .map(io.fabric8.kubernetes.api.model.apps.DaemonSet.class::cast).findFirst().orElseThrow();

        var pod = agent.getSpec().getTemplate().getSpec();
        assertThat(pod.getContainers().get(0).getArgs()).contains("--host-pods-path=/host_pods");
        assertThat(pod.getContainers().get(0).getVolumeMounts()).anyMatch(m -> m.getMountPath().equals("/host_pods"));
        assertThat(pod.getVolumes()).anyMatch(v -> v.getHostPath() != null
                && v.getHostPath().getPath().equals("/var/lib/kubelet/pods"));
        assertThat(pod.getVolumes()).anyMatch(v -> v.getName().equals("scratch") && v.getEmptyDir() != null);
        assertThat(pod.getContainers().get(0).getEnv()).anyMatch(e -> e.getName().equals("VELERO_REPOSITORY_CACHE_DIR")
                && e.getValue().equals("/scratch/repository-cache"));
    }
}
