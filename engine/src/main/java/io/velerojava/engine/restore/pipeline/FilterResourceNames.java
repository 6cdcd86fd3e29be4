package io.velerojava.engine.restore.pipeline;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.velerojava.api.v1.RestoreSpec;
import io.velerojava.engine.discovery.DiscoveredResources;
import io.velerojava.engine.discovery.ResourceDiscovery;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The target cluster's resource names that a restore's resource filters are resolved against, discovered only
 * when a filter names resources.
 */
public final class FilterResourceNames {

    private static final DiscoveredResources NONE = new DiscoveredResources(List.of());

    private FilterResourceNames() {
    }

    /**
     * What the target cluster serves, or nothing (names then match as written, with a warning) when its
     * discovery fails, so an unavailable aggregated API does not fail the whole restore.
     */
    public static DiscoveredResources of(RestoreSpec spec, KubernetesClient client, RestoreRecord record) {
        if (!namesResources(spec)) {
            return NONE;
        }
        try {
            return new ResourceDiscovery(client).discover();
        } catch (RuntimeException e) {
            record.warning(Optional.empty(), "cannot discover the target cluster's resources, so short names and"
                    + " kinds in the resource filters are not resolved and match only as written: " + e.getMessage());
            return NONE;
        }
    }

    private static boolean namesResources(RestoreSpec spec) {
        Stream<List<String>> lists = Stream.of(spec.getIncludedResources(), spec.getExcludedResources(),
                spec.getRestoreStatus() == null ? null : spec.getRestoreStatus().getIncludedResources(),
                spec.getRestoreStatus() == null ? null : spec.getRestoreStatus().getExcludedResources());
        return lists.anyMatch(list -> list != null && !list.isEmpty());
    }
}
