package io.velerojava.cli;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesResourceList;
import io.fabric8.kubernetes.client.dsl.NonNamespaceOperation;
import io.fabric8.kubernetes.client.dsl.Resource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** What a get command shows, as Velero's do: the named objects (each must exist), else those matching -l, else all. */
public final class ListedObjects {

    private ListedObjects() {
    }

    /**
     * @param resourceName how Velero names a missing object's kind in its error, e.g. {@code schedules.velero.io}
     * @param selector     a label selector in kubectl syntax, or null
     * @return the named objects in the given order, or the listed ones sorted by name
     */
    public static <T extends HasMetadata> List<T> find(
            NonNamespaceOperation<T, ? extends KubernetesResourceList<T>, Resource<T>> resources, String resourceName,
            List<String> names, String selector) {
        List<T> found = new ArrayList<>();
        if (!names.isEmpty()) {
            for (String name : names) {
                T object = resources.withName(name).get();
                if (object == null) {
                    throw new IllegalArgumentException(resourceName + " \"" + name + "\" not found");
                }
                found.add(object);
            }
            return found;
        }
        found.addAll((selector == null ? resources.list() : resources.withLabelSelector(selector).list()).getItems());
        found.sort(Comparator.comparing(object -> object.getMetadata().getName()));
        return found;
    }
}
