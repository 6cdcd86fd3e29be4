package io.velerojava.cli.install;

import java.util.Map;
import java.util.Optional;

/**
 * What {@code velero install} was asked to create; flag names and defaults follow Velero's.
 *
 * @param namespace the server's namespace ({@code -n}, default {@code velero})
 * @param provider the backup storage location's provider; empty with {@code --no-default-backup-location}
 * @param credentials the body of {@code --secret-file}; empty with {@code --no-secret}
 * @param serviceAccountName the server's service account; {@code velero} unless {@code --service-account-name}
 */
public record InstallOptions(
        String namespace,
        Optional<String> provider,
        Optional<String> bucket,
        Optional<String> prefix,
        Map<String, String> backupLocationConfig,
        Map<String, String> snapshotLocationConfig,
        Optional<byte[]> credentials,
        boolean useVolumeSnapshots,
        boolean useNodeAgent,
        boolean defaultVolumesToFsBackup,
        String image,
        String serviceAccountName,
        Map<String, String> podAnnotations,
        Map<String, String> podLabels,
        Map<String, String> serviceAccountAnnotations,
        PodResources serverResources,
        PodResources nodeAgentResources,
        String kubeletRootDir) {

    /** Label on every object install creates, as Velero sets it; uninstall finds them by it. */
    public static final String COMPONENT_LABEL = "component";
    public static final String COMPONENT_VALUE = "velero";
    public static final String CREDENTIALS_SECRET = "cloud-credentials";
    public static final String CREDENTIALS_KEY = "cloud";

    public InstallOptions {
        backupLocationConfig = Map.copyOf(backupLocationConfig);
        snapshotLocationConfig = Map.copyOf(snapshotLocationConfig);
        podAnnotations = Map.copyOf(podAnnotations);
        podLabels = Map.copyOf(podLabels);
        serviceAccountAnnotations = Map.copyOf(serviceAccountAnnotations);
    }

    /** CPU and memory requests and limits of a pod's container; {@code "0"} means unbounded, as in Velero. */
    public record PodResources(String cpuRequest, String memoryRequest, String cpuLimit, String memoryLimit) {
        public static final PodResources SERVER_DEFAULTS = new PodResources("500m", "128Mi", "1000m", "512Mi");
        public static final PodResources NODE_AGENT_DEFAULTS = new PodResources("0", "0", "0", "0");
    }

    /** Velero names the binding {@code velero} in the default namespace and {@code velero-<ns>} elsewhere. */
    public String clusterRoleBindingName() {
        return "velero".equals(namespace) ? "velero" : "velero-" + namespace;
    }
}
