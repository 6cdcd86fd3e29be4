package io.velerojava.engine.backup;

import io.velerojava.archive.GroupResource;
import java.util.Objects;
import java.util.Optional;

/** An item a built-in action names as belonging with another: its type, namespace (if namespaced) and name. */
record ItemReference(GroupResource groupResource, Optional<String> namespace, String name) {

    ItemReference {
        Objects.requireNonNull(groupResource, "groupResource");
        Objects.requireNonNull(namespace, "namespace");
        Objects.requireNonNull(name, "name");
    }

    static ItemReference namespaced(GroupResource groupResource, String namespace, String name) {
        return new ItemReference(groupResource, Optional.of(namespace), name);
    }

    static ItemReference clusterScoped(GroupResource groupResource, String name) {
        return new ItemReference(groupResource, Optional.empty(), name);
    }

    @Override
    public String toString() {
        return groupResource + " " + namespace.map(ns -> ns + "/").orElse("") + name;
    }
}
