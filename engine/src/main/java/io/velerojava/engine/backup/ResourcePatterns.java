package io.velerojava.engine.backup;

import io.velerojava.archive.GroupResource;
import io.velerojava.engine.discovery.DiscoveredResources;
import java.util.List;

/**
 * A resource filter list ({@code includedResources} and friends): each entry is resolved through discovery
 * ({@code deploy} means {@code deployments.apps}); an entry discovery does not know is kept verbatim and matched as
 * a glob against {@code <plural>.<group>}.
 */
final class ResourcePatterns {

    private final NamePatterns patterns;

    private ResourcePatterns(NamePatterns patterns) {
        this.patterns = patterns;
    }

    static ResourcePatterns of(List<String> entries, DiscoveredResources discovered) {
        List<String> resolved = entries == null ? List.of() : entries.stream()
                .map(String::strip)
                .map(entry -> entry.equals("*") ? entry : discovered.resolve(entry).map(GroupResource::toString)
                        .orElse(entry))
                .toList();
        return new ResourcePatterns(NamePatterns.of(resolved));
    }

    boolean isEmpty() {
        return patterns.isEmpty();
    }

    boolean matchesEverything() {
        return patterns.matchesEverything();
    }

    boolean matches(GroupResource groupResource) {
        return patterns.matches(groupResource.toString());
    }
}
