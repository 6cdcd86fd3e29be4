package io.velerojava.cli.install;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerBuilder;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.EnvVarBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import io.fabric8.kubernetes.api.model.ResourceRequirementsBuilder;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.kubernetes.api.model.ServiceAccountBuilder;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeBuilder;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.VolumeMountBuilder;
import io.fabric8.kubernetes.api.model.apps.DaemonSetBuilder;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.api.model.rbac.ClusterRoleBindingBuilder;
import io.velerojava.api.VeleroCrds;
import io.velerojava.repository.CacheOptions;
import io.velerojava.api.v1.BackupStorageLocation;
import io.velerojava.api.v1.BackupStorageLocationSpec;
import io.velerojava.api.v1.ObjectStorageLocation;
import io.velerojava.api.v1.VolumeSnapshotLocation;
import io.velerojava.api.v1.VolumeSnapshotLocationSpec;
import io.fabric8.kubernetes.api.model.SecretKeySelectorBuilder;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Computes, without I/O, every object {@code velero install} creates, in the order they must be applied:
 * CRDs, namespace, service account and its cluster-admin binding, credentials, locations, server, node agent.
 */
public final class InstallManifests {

    private static final String CREDENTIALS_MOUNT = "/credentials";
    private static final int METRICS_PORT = 8085;
    /** Where the node agent sees the kubelet's pods directory, as in Velero's DaemonSet. */
    private static final String HOST_PODS_MOUNT = "/host_pods";
    /** Velero's node-agent scratch volume; ours also holds the repositories' metadata cache. */
    private static final String SCRATCH_MOUNT = "/scratch";

    private InstallManifests() {
    }

    /** Only the CustomResourceDefinitions ({@code --crds-only}). */
    public static List<HasMetadata> crds() {
        List<HasMetadata> result = new ArrayList<>();
        VeleroCrds.definitions().forEach(crd -> {
            crd.getMetadata().setLabels(withComponent(crd.getMetadata().getLabels()));
            result.add(crd);
        });
        return result;
    }

    /** Everything, CRDs first. */
    public static List<HasMetadata> all(InstallOptions options) {
        List<HasMetadata> result = crds();
        result.add(new NamespaceBuilder().withMetadata(meta(null, options.namespace(), Map.of())).build());
        result.add(new ServiceAccountBuilder()
                .withMetadata(meta(options.namespace(), options.serviceAccountName(),
                        options.serviceAccountAnnotations()))
                .build());
        result.add(new ClusterRoleBindingBuilder()
                .withMetadata(meta(null, options.clusterRoleBindingName(), Map.of()))
                .withNewRoleRef("rbac.authorization.k8s.io", "ClusterRole", "cluster-admin")
                .addNewSubject().withKind("ServiceAccount").withName(options.serviceAccountName())
                .withNamespace(options.namespace()).endSubject()
                .build());
        options.credentials().ifPresent(body -> result.add(new SecretBuilder()
                .withMetadata(meta(options.namespace(), InstallOptions.CREDENTIALS_SECRET, Map.of()))
                .withType("Opaque")
                .addToData(InstallOptions.CREDENTIALS_KEY, Base64.getEncoder().encodeToString(body))
                .build()));
        if (options.provider().isPresent()) {
            result.add(backupStorageLocation(options));
            if (options.useVolumeSnapshots() && !isFilesystem(options.provider().get())) {
                result.add(volumeSnapshotLocation(options));
            }
        }
        result.add(serverDeployment(options));
        if (options.useNodeAgent()) {
            result.add(nodeAgentDaemonSet(options));
        }
        return result;
    }

    /** A directory has no snapshot API, so the filesystem provider gets no volume snapshot location. */
    private static boolean isFilesystem(String provider) {
        return provider.equals("filesystem") || provider.equals("velero.io/filesystem");
    }

    private static BackupStorageLocation backupStorageLocation(InstallOptions options) {
        BackupStorageLocationSpec spec = new BackupStorageLocationSpec();
        spec.setProvider(options.provider().orElseThrow());
        ObjectStorageLocation storage = new ObjectStorageLocation();
        storage.setBucket(options.bucket().orElseThrow(() -> new IllegalArgumentException("--bucket is required")));
        options.prefix().ifPresent(storage::setPrefix);
        spec.setObjectStorage(storage);
        spec.setDefault(true);
        if (!options.backupLocationConfig().isEmpty()) {
            spec.setConfig(new LinkedHashMap<>(options.backupLocationConfig()));
        }
        // Velero mounts the secret into the pod; naming it on the location also serves a server run out-of-cluster.
        options.credentials().ifPresent(body -> spec.setCredential(new SecretKeySelectorBuilder()
                .withName(InstallOptions.CREDENTIALS_SECRET).withKey(InstallOptions.CREDENTIALS_KEY).build()));
        BackupStorageLocation location = new BackupStorageLocation();
        location.setMetadata(meta(options.namespace(), "default", Map.of()));
        location.setSpec(spec);
        return location;
    }

    private static VolumeSnapshotLocation volumeSnapshotLocation(InstallOptions options) {
        VolumeSnapshotLocationSpec spec = new VolumeSnapshotLocationSpec();
        spec.setProvider(options.provider().orElseThrow());
        if (!options.snapshotLocationConfig().isEmpty()) {
            spec.setConfig(new LinkedHashMap<>(options.snapshotLocationConfig()));
        }
        VolumeSnapshotLocation location = new VolumeSnapshotLocation();
        location.setMetadata(meta(options.namespace(), "default", Map.of()));
        location.setSpec(spec);
        return location;
    }

    private static HasMetadata serverDeployment(InstallOptions options) {
        List<String> args = new ArrayList<>(List.of("server"));
        if (options.defaultVolumesToFsBackup()) {
            args.add("--default-volumes-to-fs-backup");
        }
        Container server = new ContainerBuilder()
                .withName("velero")
                .withImage(options.image())
                .withImagePullPolicy("IfNotPresent")
                .withArgs(args)
                .addNewPort().withName("metrics").withContainerPort(METRICS_PORT).endPort()
                .withEnv(commonEnv(options))
                .withVolumeMounts(credentialMounts(options))
                .withResources(resources(options.serverResources()))
                .build();
        return new DeploymentBuilder()
                .withMetadata(meta(options.namespace(), "velero", Map.of()))
                .withNewSpec()
                .withReplicas(1)
                .withNewSelector().addToMatchLabels("deploy", "velero").endSelector()
                .withNewTemplate()
                .withNewMetadata()
                .withLabels(podLabels(options, Map.of("deploy", "velero")))
                .withAnnotations(podAnnotations(options))
                .endMetadata()
                .withNewSpec()
                .withServiceAccountName(options.serviceAccountName())
                .withRestartPolicy("Always")
                .withContainers(server)
                .withVolumes(credentialVolumes(options))
                .endSpec()
                .endTemplate()
                .endSpec()
                .build();
    }

    private static HasMetadata nodeAgentDaemonSet(InstallOptions options) {
        List<VolumeMount> mounts = new ArrayList<>(credentialMounts(options));
        mounts.add(new VolumeMountBuilder().withName("host-pods")
                .withMountPath(HOST_PODS_MOUNT).withMountPropagation("HostToContainer").build());
        List<Volume> volumes = new ArrayList<>(credentialVolumes(options));
        volumes.add(new VolumeBuilder().withName("host-pods")
                .withNewHostPath().withPath(options.kubeletRootDir() + "/pods").endHostPath().build());
        mounts.add(new VolumeMountBuilder().withName("scratch").withMountPath(SCRATCH_MOUNT).build());
        volumes.add(new VolumeBuilder().withName("scratch").withNewEmptyDir().endEmptyDir().build());
        List<EnvVar> env = new ArrayList<>(commonEnv(options));
        env.add(new EnvVar("VELERO_SCRATCH_DIR", SCRATCH_MOUNT, null));
        // The container's home may be read-only; the cache is safe to lose with the pod.
        env.add(new EnvVar(CacheOptions.DIRECTORY_VARIABLE, SCRATCH_MOUNT + "/repository-cache", null));
        env.add(new EnvVarBuilder().withName("NODE_NAME")
                .withNewValueFrom().withNewFieldRef().withFieldPath("spec.nodeName").endFieldRef().endValueFrom()
                .build());
        Container agent = new ContainerBuilder()
                .withName("node-agent")
                .withImage(options.image())
                .withImagePullPolicy("IfNotPresent")
                .withArgs("node-agent", "server", "--host-pods-path=" + HOST_PODS_MOUNT)
                .withEnv(env)
                .withVolumeMounts(mounts)
                .withResources(resources(options.nodeAgentResources()))
                .build();
        return new DaemonSetBuilder()
                .withMetadata(meta(options.namespace(), "node-agent", Map.of()))
                .withNewSpec()
                .withNewSelector().addToMatchLabels("name", "node-agent").endSelector()
                .withNewTemplate()
                .withNewMetadata()
                .withLabels(podLabels(options, Map.of("name", "node-agent", "role", "node-agent")))
                .withAnnotations(podAnnotations(options))
                .endMetadata()
                .withNewSpec()
                .withServiceAccountName(options.serviceAccountName())
                .withContainers(agent)
                .withVolumes(volumes)
                .endSpec()
                .endTemplate()
                .endSpec()
                .build();
    }

    private static List<EnvVar> commonEnv(InstallOptions options) {
        List<EnvVar> env = new ArrayList<>();
        env.add(new EnvVarBuilder().withName("VELERO_NAMESPACE")
                .withNewValueFrom().withNewFieldRef().withFieldPath("metadata.namespace").endFieldRef().endValueFrom()
                .build());
        if (options.credentials().isPresent()) {
            String file = CREDENTIALS_MOUNT + "/" + InstallOptions.CREDENTIALS_KEY;
            env.add(new EnvVar("AWS_SHARED_CREDENTIALS_FILE", file, null));
            env.add(new EnvVar("GOOGLE_APPLICATION_CREDENTIALS", file, null));
            env.add(new EnvVar("AZURE_CREDENTIALS_FILE", file, null));
        }
        return env;
    }

    private static List<VolumeMount> credentialMounts(InstallOptions options) {
        return options.credentials().isEmpty() ? List.of()
                : List.of(new VolumeMountBuilder().withName("cloud-credentials").withMountPath(CREDENTIALS_MOUNT).build());
    }

    private static List<Volume> credentialVolumes(InstallOptions options) {
        return options.credentials().isEmpty() ? List.of()
                : List.of(new VolumeBuilder().withName("cloud-credentials")
                        .withNewSecret().withSecretName(InstallOptions.CREDENTIALS_SECRET).endSecret().build());
    }

    private static ResourceRequirements resources(InstallOptions.PodResources pod) {
        ResourceRequirementsBuilder builder = new ResourceRequirementsBuilder();
        putIfBounded(builder, true, "cpu", pod.cpuRequest());
        putIfBounded(builder, true, "memory", pod.memoryRequest());
        putIfBounded(builder, false, "cpu", pod.cpuLimit());
        putIfBounded(builder, false, "memory", pod.memoryLimit());
        return builder.build();
    }

    /** Velero treats "0" as "no request/limit". */
    private static void putIfBounded(ResourceRequirementsBuilder builder, boolean request, String name, String value) {
        if (value == null || value.isBlank() || value.equals("0")) {
            return;
        }
        if (request) {
            builder.addToRequests(name, new Quantity(value));
        } else {
            builder.addToLimits(name, new Quantity(value));
        }
    }

    private static Map<String, String> podLabels(InstallOptions options, Map<String, String> selector) {
        Map<String, String> labels = new LinkedHashMap<>(options.podLabels());
        labels.putAll(selector);
        labels.put(InstallOptions.COMPONENT_LABEL, InstallOptions.COMPONENT_VALUE);
        return labels;
    }

    private static Map<String, String> podAnnotations(InstallOptions options) {
        Map<String, String> annotations = new LinkedHashMap<>();
        annotations.put("prometheus.io/scrape", "true");
        annotations.put("prometheus.io/port", String.valueOf(METRICS_PORT));
        annotations.put("prometheus.io/path", "/metrics");
        annotations.putAll(options.podAnnotations());
        return annotations;
    }

    private static ObjectMeta meta(String namespace, String name, Map<String, String> annotations) {
        return new ObjectMetaBuilder()
                .withNamespace(namespace)
                .withName(name)
                .withLabels(withComponent(null))
                .withAnnotations(annotations.isEmpty() ? null : new LinkedHashMap<>(annotations))
                .build();
    }

    private static Map<String, String> withComponent(Map<String, String> labels) {
        Map<String, String> result = labels == null ? new LinkedHashMap<>() : new LinkedHashMap<>(labels);
        result.put(InstallOptions.COMPONENT_LABEL, InstallOptions.COMPONENT_VALUE);
        return result;
    }
}
