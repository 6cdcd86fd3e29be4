package io.velerojava.engine.restore;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Messages of one severity, grouped as Velero's {@code results.Result}: about Velero itself, about
 * cluster-scoped items, and per namespace.
 */
public record ScopedMessages(List<String> velero, List<String> cluster, SortedMap<String, List<String>> namespaces) {

    public static final ScopedMessages EMPTY = new ScopedMessages(List.of(), List.of(), new TreeMap<>());

    public ScopedMessages {
        velero = List.copyOf(velero);
        cluster = List.copyOf(cluster);
        SortedMap<String, List<String>> copy = new TreeMap<>();
        Objects.requireNonNull(namespaces, "namespaces").forEach((ns, messages) -> copy.put(ns, List.copyOf(messages)));
        namespaces = Collections.unmodifiableSortedMap(copy);
    }

    public int count() {
        return velero.size() + cluster.size() + namespaces.values().stream().mapToInt(List::size).sum();
    }

    public boolean isEmpty() {
        return count() == 0;
    }

    /** Velero's JSON form, which leaves out empty groups. */
    public Map<String, Object> toJsonMap() {
        Map<String, Object> json = new TreeMap<>();
        if (!velero.isEmpty()) {
            json.put("velero", velero);
        }
        if (!cluster.isEmpty()) {
            json.put("cluster", cluster);
        }
        if (!namespaces.isEmpty()) {
            json.put("namespaces", namespaces);
        }
        return json;
    }
}
