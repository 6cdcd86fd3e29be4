package io.velerojava.archive;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/** Where each extracted entry's content lies in the {@link SpillFile}, and what the backup holds, built during extraction. */
final class BackupIndex {

    private final Map<EntryPath, SpillFile.Range> contents = new HashMap<>();
    private final SortedMap<GroupResource, SortedSet<ItemKey>> legacyItems = new TreeMap<>();
    private final SortedMap<GroupResource, SortedSet<VersionDirectory>> versionDirectories = new TreeMap<>();
    private final SortedSet<GroupResource> groupResources = new TreeSet<>();
    private final SortedSet<String> namespaces = new TreeSet<>();

    boolean contains(EntryPath path) {
        return contents.containsKey(path);
    }

    void add(EntryPath path, SpillFile.Range content) {
        contents.put(path, content);
        if (path instanceof ItemPath itemPath) {
            ItemKey item = itemPath.item();
            groupResources.add(item.groupResource());
            itemPath.versionDirectory().ifPresentOrElse(
                    dir -> versionDirectories.computeIfAbsent(item.groupResource(),
                            gr -> new TreeSet<>(Comparator.comparing(VersionDirectory::directoryName))).add(dir),
                    () -> {
                        legacyItems.computeIfAbsent(item.groupResource(), gr -> new TreeSet<>()).add(item);
                        item.namespace().ifPresent(namespaces::add);
                    });
        }
    }

    SpillFile.Range content(EntryPath path) {
        return contents.get(path);
    }

    SortedSet<GroupResource> groupResources() {
        return groupResources;
    }

    SortedSet<String> namespaces() {
        return namespaces;
    }

    SortedSet<ItemKey> legacyItems(GroupResource groupResource) {
        return legacyItems.getOrDefault(groupResource, new TreeSet<>());
    }

    SortedSet<VersionDirectory> versionDirectories(GroupResource groupResource) {
        return versionDirectories.getOrDefault(groupResource, new TreeSet<>(
                Comparator.comparing(VersionDirectory::directoryName)));
    }

    int legacyItemCount() {
        return legacyItems.values().stream().mapToInt(SortedSet::size).sum();
    }
}
