package io.velerojava.archive;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/** Where each extracted entry's content lives on disk, and what the backup holds, built during extraction. */
final class BackupIndex {

    /** Keeps any one directory to a few thousand files. */
    private static final int FILES_PER_DIRECTORY = 4096;

    private final Map<EntryPath, Path> files = new HashMap<>();
    private final SortedMap<GroupResource, SortedSet<ItemKey>> legacyItems = new TreeMap<>();
    private final SortedMap<GroupResource, SortedSet<VersionDirectory>> versionDirectories = new TreeMap<>();
    private final SortedSet<GroupResource> groupResources = new TreeSet<>();
    private final SortedSet<String> namespaces = new TreeSet<>();
    private long fileCount;

    boolean contains(EntryPath path) {
        return files.containsKey(path);
    }

    Path nextFileUnder(Path root) {
        long n = fileCount++;
        return root.resolve(Long.toString(n / FILES_PER_DIRECTORY)).resolve(n + ".json");
    }

    void add(EntryPath path, Path file) {
        files.put(path, file);
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

    Path file(EntryPath path) {
        return files.get(path);
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
