package io.velerojava.engine.restore.pipeline;

import io.fabric8.kubernetes.api.model.APIGroup;
import io.fabric8.kubernetes.api.model.APIResource;
import io.fabric8.kubernetes.api.model.APIResourceList;
import io.fabric8.kubernetes.api.model.GroupVersionForDiscovery;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.velerojava.archive.GroupResource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The resource types the target cluster serves, looked up per group on first use and cached until
 * {@link #refresh()} (after CRDs were restored).
 */
public final class TargetDiscovery {

    private static final String CORE_VERSION = "v1";

    private final KubernetesClient client;
    private final Map<GroupResource, Optional<ServedResource>> cache = new ConcurrentHashMap<>();

    public TargetDiscovery(KubernetesClient client) {
        this.client = client;
    }

    /** The resource on the target cluster, or empty if the cluster does not serve it. */
    public Optional<ServedResource> find(GroupResource groupResource) {
        return cache.computeIfAbsent(groupResource, this::discover);
    }

    /** Forgets what was discovered, so resources of newly created CRDs are found. */
    public void refresh() {
        cache.clear();
    }

    private Optional<ServedResource> discover(GroupResource groupResource) {
        List<String> versions = groupResource.isCore() ? List.of(CORE_VERSION) : groupVersions(groupResource.group());
        List<String> serving = new ArrayList<>();
        APIResource preferred = null;
        for (String version : versions) {
            String groupVersion = groupResource.isCore() ? version : groupResource.group() + "/" + version;
            Optional<APIResource> resource = resourceIn(groupVersion, groupResource.resource());
            if (resource.isPresent()) {
                serving.add(version);
                if (preferred == null) {
                    preferred = resource.get();
                }
            }
        }
        if (preferred == null) {
            return Optional.empty();
        }
        return Optional.of(new ServedResource(groupResource, serving, preferred.getKind(),
                Boolean.TRUE.equals(preferred.getNamespaced())));
    }

    /** The group's versions, preferred first; empty if the group is not served. */
    private List<String> groupVersions(String group) {
        APIGroup apiGroup = client.getApiGroup(group);
        if (apiGroup == null) {
            return List.of();
        }
        List<String> versions = new ArrayList<>();
        if (apiGroup.getPreferredVersion() != null) {
            versions.add(apiGroup.getPreferredVersion().getVersion());
        }
        for (GroupVersionForDiscovery version : apiGroup.getVersions()) {
            if (!versions.contains(version.getVersion())) {
                versions.add(version.getVersion());
            }
        }
        return versions;
    }

    private Optional<APIResource> resourceIn(String groupVersion, String plural) {
        APIResourceList resources = client.getApiResources(groupVersion);
        if (resources == null) {
            return Optional.empty();
        }
        return resources.getResources().stream()
                .filter(resource -> resource.getName().equals(plural))
                .findFirst();
    }
}
