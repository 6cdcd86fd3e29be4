package io.velerojava.engine.backup;

import io.velerojava.engine.discovery.ApiResource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A Backup's {@code spec.orderedResources}: per resource type, the items to back up before the type's other items,
 * in that order. A key names a type by its plural, as Velero matches it ({@code pods}, any group), or by plural and
 * group ({@code deployments.apps}); a value is a comma list of {@code namespace/name}, or {@code name} for
 * cluster-scoped types. The spec validator has rejected malformed values; entries here are taken as written.
 */
final class OrderedItems {

    private static final OrderedItems NONE = new OrderedItems(Map.of());

    private final Map<String, List<String>> entriesByKey;

    private OrderedItems(Map<String, List<String>> entriesByKey) {
        this.entriesByKey = entriesByKey;
    }

    static OrderedItems of(Map<String, String> orderedResources) {
        if (orderedResources == null || orderedResources.isEmpty()) {
            return NONE;
        }
        Map<String, List<String>> entries = new LinkedHashMap<>();
        orderedResources.forEach((key, value) -> {
            List<String> names = value == null ? List.of()
                    : List.of(value.split(",")).stream().filter(name -> !name.isEmpty()).distinct().toList();
            if (!names.isEmpty()) {
                entries.put(key, names);
            }
        });
        return new OrderedItems(entries);
    }

    /**
     * The entries for a type, {@code namespace/name} or {@code name}; the {@code plural.group} key first, then
     * the plural alone, each entry once.
     */
    List<String> forType(ApiResource resource) {
        String qualified = resource.groupResource().toString();
        String plural = resource.groupResource().resource();
        List<String> entries = new ArrayList<>(entriesByKey.getOrDefault(qualified, List.of()));
        if (!qualified.equals(plural)) {
            entriesByKey.getOrDefault(plural, List.of()).stream().filter(entry -> !entries.contains(entry))
                    .forEach(entries::add);
        }
        return entries;
    }

    /** {@code items} with those the entries name first, in the entries' order, the others after as they were. */
    static <T> List<T> sort(List<String> entries, List<T> items, Function<T, String> entryOf) {
        if (entries.isEmpty()) {
            return items;
        }
        List<T> sorted = new ArrayList<>(items);
        sorted.sort(Comparator.comparingInt(item -> {
            int position = entries.indexOf(entryOf.apply(item));
            return position < 0 ? entries.size() : position;
        }));
        return sorted;
    }
}
