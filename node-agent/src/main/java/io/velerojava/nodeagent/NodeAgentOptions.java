package io.velerojava.nodeagent;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * The settings of {@code velero node-agent server}.
 *
 * @param namespace                      the Velero namespace, where the velero.io objects and Secrets live
 * @param nodeName                       the node this agent serves; it handles only pod volumes of pods there
 * @param hostPodsPath                   where the agent sees the kubelet's pods directory
 * @param defaultMaintenanceFrequency    how often a repository is maintained when its BackupRepository says 0
 */
public record NodeAgentOptions(String namespace, String nodeName, Path hostPodsPath,
        Duration defaultMaintenanceFrequency) {

    /** The kubelet's default pods directory. */
    public static final Path DEFAULT_HOST_PODS_PATH = Path.of("/var/lib/kubelet/pods");
    /** Velero's default for kopia repositories. */
    public static final Duration DEFAULT_MAINTENANCE_FREQUENCY = Duration.ofHours(1);

    public NodeAgentOptions {
        Objects.requireNonNull(namespace, "namespace");
        Objects.requireNonNull(hostPodsPath, "hostPodsPath");
        Objects.requireNonNull(defaultMaintenanceFrequency, "defaultMaintenanceFrequency");
        if (nodeName == null || nodeName.isBlank()) {
            throw new IllegalArgumentException("the node agent needs the name of its node: set NODE_NAME or pass "
                    + "--node-name");
        }
        if (defaultMaintenanceFrequency.isNegative() || defaultMaintenanceFrequency.isZero()) {
            throw new IllegalArgumentException("the default maintenance frequency must be positive, got "
                    + defaultMaintenanceFrequency);
        }
    }
}
