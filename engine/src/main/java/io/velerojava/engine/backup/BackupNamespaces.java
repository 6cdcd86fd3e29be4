package io.velerojava.engine.backup;

import io.velerojava.api.v1.BackupSpec;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The namespaces of the cluster a backup's namespace filters select (includes, globs allowed, none meaning all;
 * minus excludes), as Velero resolves them to tell whether two backups may run at once.
 */
public final class BackupNamespaces {

    private BackupNamespaces() {
    }

    public static Set<String> resolve(BackupSpec spec, Collection<String> clusterNamespaces) {
        NamePatterns included = NamePatterns.of(spec == null ? null : spec.getIncludedNamespaces());
        NamePatterns excluded = NamePatterns.of(spec == null ? null : spec.getExcludedNamespaces());
        return clusterNamespaces.stream()
                .filter(namespace -> (included.isEmpty() || included.matches(namespace))
                        && !excluded.matches(namespace))
                .collect(Collectors.toUnmodifiableSet());
    }
}
