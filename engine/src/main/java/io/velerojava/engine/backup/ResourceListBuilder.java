package io.velerojava.engine.backup;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Collects Velero's resource list ({@code <backup>-resource-list.json.gz}): {@code "<apiVersion>/<Kind>"} mapped to
 * the sorted {@code <namespace>/<name>} (or {@code <name>}) of every item backed up. Thread-safe.
 */
public final class ResourceListBuilder {

    private final Map<String, Set<String>> items = new ConcurrentHashMap<>();

    /**
     * Records an item.
     *
     * @return false if it was recorded before, so callers can back every item up once
     */
    public boolean add(String apiVersion, String kind, Optional<String> namespace, String name) {
        String entry = namespace.map(ns -> ns + "/" + name).orElse(name);
        return items.computeIfAbsent(apiVersion + "/" + kind, key -> ConcurrentHashMap.newKeySet()).add(entry);
    }

    /** Whether the item was recorded already. */
    public boolean contains(String apiVersion, String kind, Optional<String> namespace, String name) {
        Set<String> names = items.get(apiVersion + "/" + kind);
        return names != null && names.contains(namespace.map(ns -> ns + "/" + name).orElse(name));
    }

    /** The list as written to the bucket: keys and names sorted. */
    public Map<String, List<String>> build() {
        Map<String, List<String>> sorted = new TreeMap<>();
        items.forEach((key, names) -> sorted.put(key, new TreeSet<>(names).stream().toList()));
        return sorted;
    }
}
