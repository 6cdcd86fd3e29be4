package io.velerojava.storage.backup;

import java.util.Set;

/**
 * Every object key of a backup storage location, the one place that knows them (Velero's layout, see
 * {@code docs/design/bucket-layout.md}). All keys live under the root {@code <prefix>/}, or the bucket root when
 * the location has no prefix.
 */
public final class ObjectStoreLayout {

    /** The top-level directories Velero allows under the root; any other makes the location invalid. */
    public static final Set<String> TOP_LEVEL_DIRECTORIES =
            Set.of("backups", "restores", "restic", "kopia", "metadata", "plugins");

    private final String rootPrefix;

    /** @param prefix the location's {@code objectStorage.prefix}; surrounding slashes are ignored */
    public ObjectStoreLayout(String prefix) {
        String trimmed = prefix == null ? "" : prefix.strip().replaceAll("^/+|/+$", "");
        this.rootPrefix = trimmed.isEmpty() ? "" : trimmed + "/";
    }

    /** {@code <prefix>/}, or the empty string for a location without prefix. */
    public String rootPrefix() {
        return rootPrefix;
    }

    public String backupsPrefix() {
        return rootPrefix + "backups/";
    }

    public String restoresPrefix() {
        return rootPrefix + "restores/";
    }

    /** {@code <root>backups/<backup>/}: every object of the backup, and nothing of a backup named with more. */
    public String backupPrefix(String backup) {
        return backupsPrefix() + checkName(backup, "backup") + "/";
    }

    public String restorePrefix(String restore) {
        return restoresPrefix() + checkName(restore, "restore") + "/";
    }

    public String backupKey(String backup, BackupFile file) {
        return backupPrefix(backup) + file.fileName(backup);
    }

    public String restoreKey(String restore, RestoreFile file) {
        return restorePrefix(restore) + file.fileName(restore);
    }

    /** The key a DownloadRequest for {@code kind} and target {@code name} (a backup's or restore's) downloads. */
    public String downloadKey(DownloadTargetKind kind, String name) {
        return kind.backupFile()
                .map(file -> backupKey(name, file))
                .orElseGet(() -> restoreKey(name, kind.restoreFile().orElseThrow()));
    }

    /** {@code <root>kopia/<volumeNamespace>/}: the Kopia repository of one namespace's volume data. */
    public String kopiaRepositoryPrefix(String volumeNamespace) {
        return rootPrefix + "kopia/" + checkName(volumeNamespace, "volume namespace") + "/";
    }

    /**
     * The top-level directory name of a common prefix listed under the root ({@code <root>foo/} gives
     * {@code foo}).
     */
    String topLevelName(String commonPrefix) {
        String name = commonPrefix.substring(rootPrefix.length());
        return name.endsWith("/") ? name.substring(0, name.length() - 1) : name;
    }

    private static String checkName(String name, String what) {
        if (name == null || name.isEmpty() || name.contains("/") || name.equals(".") || name.equals("..")) {
            throw new IllegalArgumentException("invalid " + what + " name \"" + name
                    + "\": it must be a non-empty Kubernetes object name without '/'");
        }
        return name;
    }
}
