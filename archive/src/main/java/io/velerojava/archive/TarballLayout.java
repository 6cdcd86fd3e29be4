package io.velerojava.archive;

import java.util.List;

/**
 * The one place that knows the paths inside a backup tarball (format 1.1.0, as written by Velero's
 * {@code pkg/archive} and {@code pkg/backup/item_backupper.go}); see {@code docs/design/backup-tarball.md}.
 *
 * <pre>
 * metadata/version                                            "1.1.0\n"
 * resources/&lt;GR&gt;/namespaces/&lt;ns&gt;/&lt;name&gt;.json                   legacy copy, namespaced
 * resources/&lt;GR&gt;/cluster/&lt;name&gt;.json                            legacy copy, cluster-scoped
 * resources/&lt;GR&gt;/&lt;version&gt;-preferredversion/namespaces/&lt;ns&gt;/&lt;name&gt;.json
 * resources/&lt;GR&gt;/&lt;version&gt;-preferredversion/cluster/&lt;name&gt;.json
 * resources/&lt;GR&gt;/&lt;version&gt;/...                                 non-preferred versions (EnableAPIGroupVersions)
 * </pre>
 */
public final class TarballLayout {

    /** The tarball format this layout describes; {@code status.formatVersion} of a Backup. */
    public static final String FORMAT_VERSION = "1.1.0";
    public static final String METADATA_DIR = "metadata";
    public static final String RESOURCES_DIR = "resources";
    public static final String VERSION_FILE = "version";
    public static final String METADATA_VERSION_PATH = METADATA_DIR + "/" + VERSION_FILE;
    public static final String CLUSTER_SCOPED_DIR = "cluster";
    public static final String NAMESPACE_SCOPED_DIR = "namespaces";
    public static final String ITEM_SUFFIX = ".json";

    private TarballLayout() {
    }

    /** The content of {@code metadata/version}. */
    public static String versionFileContent() {
        return FORMAT_VERSION + "\n";
    }

    public static String path(ItemPath itemPath) {
        ItemKey item = itemPath.item();
        StringBuilder path = new StringBuilder(RESOURCES_DIR).append('/').append(item.groupResource()).append('/');
        itemPath.versionDirectory().ifPresent(dir -> path.append(dir.directoryName()).append('/'));
        item.namespace().ifPresentOrElse(
                ns -> path.append(NAMESPACE_SCOPED_DIR).append('/').append(ns).append('/'),
                () -> path.append(CLUSTER_SCOPED_DIR).append('/'));
        return path.append(item.name()).append(ITEM_SUFFIX).toString();
    }

    /** {@code resources/<GR>/{namespaces/<ns>|cluster}/<name>.json}, the copy restore reads by default. */
    public static String legacyPath(ItemKey item) {
        return path(ItemPath.legacy(item));
    }

    /** {@code resources/<GR>/<version>-preferredversion/{namespaces/<ns>|cluster}/<name>.json}. */
    public static String preferredVersionPath(ItemKey item, String preferredVersion) {
        return path(ItemPath.versioned(item, VersionDirectory.preferred(preferredVersion)));
    }

    /**
     * Parses a path as found in a tarball entry (no leading '/', '/'-separated).
     *
     * @throws IllegalArgumentException naming the path if it is not one this layout produces
     */
    public static EntryPath parse(String path) {
        List<String> segments = List.of(path.split("/", -1));
        try {
            if (segments.size() == 2 && segments.get(0).equals(METADATA_DIR) && !segments.get(1).isEmpty()) {
                return new MetadataPath(segments.get(1));
            }
            if (segments.size() >= 4 && segments.get(0).equals(RESOURCES_DIR)) {
                return parseItemPath(segments);
            }
        } catch (IllegalArgumentException invalidPart) {
            throw notInLayout(path, invalidPart.getMessage());
        }
        throw notInLayout(path, "expected metadata/<file> or resources/<group-resource>/...");
    }

    private static ItemPath parseItemPath(List<String> segments) {
        GroupResource groupResource = GroupResource.parse(segments.get(1));
        String scopeOrVersion = segments.get(2);
        if (scopeOrVersion.equals(CLUSTER_SCOPED_DIR) || scopeOrVersion.equals(NAMESPACE_SCOPED_DIR)) {
            return ItemPath.legacy(parseItem(groupResource, segments.subList(2, segments.size())));
        }
        VersionDirectory versionDirectory = VersionDirectory.parse(scopeOrVersion);
        return ItemPath.versioned(parseItem(groupResource, segments.subList(3, segments.size())), versionDirectory);
    }

    /** Parses {@code cluster/<name>.json} or {@code namespaces/<ns>/<name>.json}. */
    private static ItemKey parseItem(GroupResource groupResource, List<String> scoped) {
        String scope = scoped.get(0);
        if (scope.equals(CLUSTER_SCOPED_DIR) && scoped.size() == 2) {
            return ItemKey.clusterScoped(groupResource, itemName(scoped.get(1)));
        }
        if (scope.equals(NAMESPACE_SCOPED_DIR) && scoped.size() == 3) {
            return ItemKey.namespaced(groupResource, scoped.get(1), itemName(scoped.get(2)));
        }
        throw new IllegalArgumentException("expected cluster/<name>.json or namespaces/<namespace>/<name>.json");
    }

    private static String itemName(String fileName) {
        if (!fileName.endsWith(ITEM_SUFFIX) || fileName.length() == ITEM_SUFFIX.length()) {
            throw new IllegalArgumentException("item file name must be <name>" + ITEM_SUFFIX);
        }
        return fileName.substring(0, fileName.length() - ITEM_SUFFIX.length());
    }

    private static IllegalArgumentException notInLayout(String path, String reason) {
        return new IllegalArgumentException("'" + path + "' is not a backup tarball path: " + reason);
    }
}
