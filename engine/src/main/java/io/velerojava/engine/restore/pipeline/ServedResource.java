package io.velerojava.engine.restore.pipeline;

import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import io.velerojava.archive.GroupResource;
import java.util.List;

/**
 * A resource type as the target cluster serves it.
 *
 * @param servedVersions every version serving the resource, the group's preferred one first
 * @param kind           the kind in the preferred version
 */
public record ServedResource(GroupResource groupResource, List<String> servedVersions, String kind, boolean namespaced) {

    public ServedResource {
        servedVersions = List.copyOf(servedVersions);
        if (servedVersions.isEmpty()) {
            throw new IllegalArgumentException(groupResource + " is served in no version");
        }
    }

    public String preferredVersion() {
        return servedVersions.get(0);
    }

    public boolean serves(String version) {
        return servedVersions.contains(version);
    }

    /** {@code v1} or {@code apps/v1}. */
    public String apiVersion(String version) {
        return groupResource.isCore() ? version : groupResource.group() + "/" + version;
    }

    /** What the fabric8 generic client needs to address the resource in {@code version}. */
    public ResourceDefinitionContext definitionContext(String version) {
        return new ResourceDefinitionContext.Builder()
                .withGroup(groupResource.group())
                .withVersion(version)
                .withPlural(groupResource.resource())
                .withKind(kind)
                .withNamespaced(namespaced)
                .build();
    }
}
