package io.velerojava.engine.restore;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What a restore did with each item, stored as {@code restore-<name>-resource-list.json.gz}: a map from
 * {@code <apiVersion>/<Kind>} to the sorted {@code <namespace>/<name>(<action>)} (or {@code <name>(<action>)}
 * for cluster-scoped items) entries, exactly as Velero writes it. Namespaces are the restore's targets.
 */
public final class RestoredResourceList {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, List<String>>> FILE_TYPE = new TypeReference<>() {
    };

    private final SortedMap<String, List<String>> entries;

    private RestoredResourceList(SortedMap<String, List<String>> entries) {
        this.entries = entries;
    }

    /** Entries by {@code <apiVersion>/<Kind>}, each list sorted. */
    public SortedMap<String, List<String>> entries() {
        return Collections.unmodifiableSortedMap(entries);
    }

    public byte[] toJson() {
        try {
            return JSON.writeValueAsBytes(entries);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot serialize the restore's resource list", e);
        }
    }

    public static RestoredResourceList fromJson(InputStream json) throws IOException {
        Map<String, List<String>> file = JSON.readValue(json, FILE_TYPE);
        SortedMap<String, List<String>> entries = new TreeMap<>();
        file.forEach((type, items) -> entries.put(type, List.copyOf(items)));
        return new RestoredResourceList(entries);
    }

    /** Records item actions from concurrent restore workers. */
    public static final class Builder {
        private final SortedMap<String, List<String>> entries = new TreeMap<>();

        /**
         * @param apiVersion the restored object's {@code apiVersion}, such as {@code apps/v1}
         * @param namespace  the namespace the item was restored into, absent for cluster-scoped items
         */
        public synchronized void record(String apiVersion, String kind, Optional<String> namespace, String name,
                                        ItemAction action) {
            String item = namespace.map(ns -> ns + "/" + name).orElse(name);
            entries.computeIfAbsent(apiVersion + "/" + kind, type -> new ArrayList<>())
                    .add(item + "(" + action.value() + ")");
        }

        public synchronized RestoredResourceList build() {
            SortedMap<String, List<String>> sorted = new TreeMap<>();
            entries.forEach((type, items) -> sorted.put(type, items.stream().sorted().toList()));
            return new RestoredResourceList(sorted);
        }
    }
}
