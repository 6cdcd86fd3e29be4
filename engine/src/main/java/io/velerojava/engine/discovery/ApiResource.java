package io.velerojava.engine.discovery;

import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import io.velerojava.archive.GroupResource;
import java.util.List;
import java.util.Objects;

/**
 * A resource type the cluster serves, in its group's preferred version.
 *
 * @param groupResource the group and plural ({@code deployments.apps})
 * @param version       the preferred version ({@code v1})
 * @param kind          the kind of its objects ({@code Deployment})
 * @param namespaced    whether its objects live in namespaces
 * @param shortNames    the short names users may filter by ({@code deploy})
 * @param singularName  the singular name, possibly empty
 */
public record ApiResource(
        GroupResource groupResource,
        String version,
        String kind,
        boolean namespaced,
        List<String> shortNames,
        String singularName) {

    public ApiResource {
        Objects.requireNonNull(groupResource, "groupResource");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(kind, "kind");
        shortNames = List.copyOf(shortNames);
        Objects.requireNonNull(singularName, "singularName");
    }

    /** {@code v1} for the core group, {@code apps/v1} otherwise. */
    public String apiVersion() {
        return groupResource.isCore() ? version : groupResource.group() + "/" + version;
    }

    /** How fabric8's generic client addresses this resource. */
    public ResourceDefinitionContext definitionContext() {
        return new ResourceDefinitionContext.Builder()
                .withGroup(groupResource.group())
                .withVersion(version)
                .withPlural(groupResource.resource())
                .withKind(kind)
                .withNamespaced(namespaced)
                .build();
    }

    @Override
    public String toString() {
        return groupResource + " (" + apiVersion() + ", " + kind + ")";
    }
}
