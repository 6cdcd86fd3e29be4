package io.velerojava.nodeagent;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.velerojava.engine.location.BackupStoreResolver;
import io.velerojava.engine.podvolume.repository.VolumeRepositories;
import io.velerojava.nodeagent.volume.HostVolumes;
import java.time.Clock;
import java.util.Objects;

/** What the node agent's reconcilers share; one instance per process, built by {@link NodeAgent}. */
public record NodeAgentContext(
        KubernetesClient client,
        NodeAgentOptions options,
        BackupStoreResolver locations,
        VolumeRepositories repositories,
        HostVolumes hostVolumes,
        Clock clock) {

    public NodeAgentContext {
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(locations, "locations");
        Objects.requireNonNull(repositories, "repositories");
        Objects.requireNonNull(hostVolumes, "hostVolumes");
        Objects.requireNonNull(clock, "clock");
    }

    public String namespace() {
        return options.namespace();
    }

    public String nodeName() {
        return options.nodeName();
    }
}
