package io.velerojava.engine.discovery;

import io.velerojava.archive.GroupResource;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The resource types a cluster serves, in the order a backup visits them, with Velero's name resolution for
 * resource filters: a filter entry may be a plural, a singular, a short name or a kind, optionally followed by
 * {@code .<group>}.
 */
public final class DiscoveredResources {

    private final List<ApiResource> resources;
    private final Map<GroupResource, ApiResource> byGroupResource = new HashMap<>();
    private final Map<String, GroupResource> byName = new HashMap<>();

    public DiscoveredResources(List<ApiResource> resources) {
        this.resources = List.copyOf(resources);
        for (ApiResource resource : this.resources) {
            byGroupResource.put(resource.groupResource(), resource);
            GroupResource gr = resource.groupResource();
            for (String alias : aliases(resource)) {
                // The first resource in visiting order keeps an ambiguous bare name, as discovery order decides.
                byName.putIfAbsent(alias.toLowerCase(Locale.ROOT), gr);
                byName.putIfAbsent((alias + (gr.isCore() ? "" : "." + gr.group())).toLowerCase(Locale.ROOT), gr);
            }
        }
    }

    /** Every resource type, in visiting order. */
    public List<ApiResource> all() {
        return resources;
    }

    public Optional<ApiResource> find(GroupResource groupResource) {
        return Optional.ofNullable(byGroupResource.get(groupResource));
    }

    /**
     * The resource a filter entry names ({@code deploy}, {@code Deployment}, {@code deployments.apps}); empty
     * when the cluster serves nothing of that name.
     */
    public Optional<GroupResource> resolve(String name) {
        return Optional.ofNullable(byName.get(name.toLowerCase(Locale.ROOT)));
    }

    private static List<String> aliases(ApiResource resource) {
        List<String> aliases = new java.util.ArrayList<>();
        aliases.add(resource.groupResource().resource());
        aliases.add(resource.kind());
        if (!resource.singularName().isEmpty()) {
            aliases.add(resource.singularName());
        }
        aliases.addAll(resource.shortNames());
        return aliases;
    }
}
