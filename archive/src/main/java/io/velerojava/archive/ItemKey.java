package io.velerojava.archive;

import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * Identifies one backed-up object: its resource, its namespace (absent for cluster-scoped objects) and name.
 *
 * <p>Names and namespaces become path segments in the tarball, so they are checked here to be something a
 * Kubernetes object can be called: non-empty, without '/', and neither "." nor "..".
 */
public record ItemKey(GroupResource groupResource, Optional<String> namespace, String name)
        implements Comparable<ItemKey> {

    private static final Comparator<ItemKey> ORDER = Comparator.comparing(ItemKey::groupResource)
            .thenComparing(key -> key.namespace().orElse(""))
            .thenComparing(ItemKey::name);

    public ItemKey {
        Objects.requireNonNull(groupResource, "groupResource");
        Objects.requireNonNull(namespace, "namespace");
        requirePathSafe("name", name);
        namespace.ifPresent(ns -> requirePathSafe("namespace", ns));
    }

    public static ItemKey namespaced(GroupResource groupResource, String namespace, String name) {
        return new ItemKey(groupResource, Optional.of(namespace), name);
    }

    public static ItemKey clusterScoped(GroupResource groupResource, String name) {
        return new ItemKey(groupResource, Optional.empty(), name);
    }

    public boolean isClusterScoped() {
        return namespace.isEmpty();
    }

    /** Cluster-scoped items first, then by namespace, then by name; grouped by resource. */
    @Override
    public int compareTo(ItemKey other) {
        return ORDER.compare(this, other);
    }

    /** {@code pods/nginx/web-0} or {@code persistentvolumes/pv-1}, for log and error messages. */
    @Override
    public String toString() {
        return namespace.map(ns -> groupResource + "/" + ns + "/" + name).orElse(groupResource + "/" + name);
    }

    private static void requirePathSafe(String what, String value) {
        Objects.requireNonNull(value, what);
        if (value.isEmpty() || value.equals(".") || value.equals("..") || value.contains("/")
                || value.indexOf('\0') >= 0) {
            throw new IllegalArgumentException(
                    "item " + what + " must be non-empty, without '/' or NUL and not '.' or '..', got '" + value + "'");
        }
    }
}
