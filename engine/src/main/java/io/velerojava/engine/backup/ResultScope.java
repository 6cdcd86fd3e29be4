package io.velerojava.engine.backup;

import java.util.Objects;
import java.util.Optional;

/**
 * Where a warning or error of a backup belongs in its results file: Velero itself, the cluster (cluster-scoped
 * items), or one namespace.
 */
public record ResultScope(Kind kind, Optional<String> namespace) {

    public enum Kind { VELERO, CLUSTER, NAMESPACE }

    public ResultScope {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(namespace, "namespace");
        if ((kind == Kind.NAMESPACE) != namespace.isPresent()) {
            throw new IllegalArgumentException("a namespace is given exactly for the NAMESPACE scope");
        }
    }

    public static ResultScope velero() {
        return new ResultScope(Kind.VELERO, Optional.empty());
    }

    public static ResultScope cluster() {
        return new ResultScope(Kind.CLUSTER, Optional.empty());
    }

    public static ResultScope namespace(String namespace) {
        return new ResultScope(Kind.NAMESPACE, Optional.of(namespace));
    }

    /** The scope of an item: its namespace, or the cluster when it has none. */
    public static ResultScope ofItem(Optional<String> namespace) {
        return namespace.map(ResultScope::namespace).orElseGet(ResultScope::cluster);
    }
}
