package io.velerojava.archive;

import java.util.Comparator;
import java.util.Objects;

/**
 * A Kubernetes API group and resource (plural), the unit the tarball groups items by.
 *
 * <p>Its string form is Velero's {@code schema.GroupResource.String()}: the plural alone for the core group
 * ({@code pods}), {@code <plural>.<group>} otherwise ({@code deployments.apps}). That string names the
 * resource's directory in the tarball and is what resource filters and restore priorities match against.
 */
public record GroupResource(String group, String resource) implements Comparable<GroupResource> {

    private static final Comparator<GroupResource> BY_STRING_FORM = Comparator.comparing(GroupResource::toString);

    public GroupResource {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(resource, "resource");
        if (resource.isEmpty() || resource.contains(".") || resource.contains("/")) {
            throw new IllegalArgumentException(
                    "resource must be a non-empty plural name without '.' or '/', got '" + resource + "'");
        }
        if (group.contains("/")) {
            throw new IllegalArgumentException("group must not contain '/', got '" + group + "'");
        }
    }

    /** A resource of the core ("") API group, such as {@code pods}. */
    public static GroupResource core(String resource) {
        return new GroupResource("", resource);
    }

    /**
     * Parses the string form: everything before the first '.' is the resource, the rest the group. This is
     * unambiguous because resource plurals never contain dots.
     */
    public static GroupResource parse(String groupResource) {
        int dot = groupResource.indexOf('.');
        return dot < 0
                ? core(groupResource)
                : new GroupResource(groupResource.substring(dot + 1), groupResource.substring(0, dot));
    }

    public boolean isCore() {
        return group.isEmpty();
    }

    @Override
    public String toString() {
        return group.isEmpty() ? resource : resource + "." + group;
    }

    /** Orders by string form, the alphabetical order Velero uses between resource types. */
    @Override
    public int compareTo(GroupResource other) {
        return BY_STRING_FORM.compare(this, other);
    }
}
