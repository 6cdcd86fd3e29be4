package io.velerojava.repository;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where a repository keeps its local metadata cache: copies of index blobs, snapshot manifests and tree and chunk-list
 * records, as stored (encrypted) and authenticated again whenever read, so re-backups and restores need not fetch
 * them from the storage. One subdirectory per repository; safe to delete at any time (it is filled again on use).
 *
 * @param directory       the root of the caches of all repositories, or {@code null} for no cache
 * @param maxContentBytes tree and chunk-list records kept per repository; the least recently used go first
 */
public record CacheOptions(Path directory, long maxContentBytes) {

    /** Overrides the default directory; empty for no cache (restic's {@code RESTIC_CACHE_DIR}, kopia's cache). */
    public static final String DIRECTORY_VARIABLE = "VELERO_REPOSITORY_CACHE_DIR";
    public static final long DEFAULT_MAX_CONTENT_BYTES = 512L * 1024 * 1024;
    public static final CacheOptions NONE = new CacheOptions(null, 0);

    public CacheOptions {
        if (maxContentBytes < 0) {
            throw new IllegalArgumentException("the cache size must not be negative, got " + maxContentBytes);
        }
    }

    public static CacheOptions at(Path directory) {
        return new CacheOptions(directory, DEFAULT_MAX_CONTENT_BYTES);
    }

    /**
     * The default: {@code $VELERO_REPOSITORY_CACHE_DIR} if set (empty: no cache), else
     * {@code $XDG_CACHE_HOME/velero-java/repositories}, else {@code ~/.cache/velero-java/repositories}.
     */
    public static CacheOptions fromEnvironment() {
        return fromEnvironment(System.getenv(), System.getProperty("user.home"));
    }

    static CacheOptions fromEnvironment(Map<String, String> environment, String home) {
        String explicit = environment.get(DIRECTORY_VARIABLE);
        if (explicit != null) {
            return explicit.isBlank() ? NONE : at(Path.of(explicit));
        }
        String xdg = environment.get("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return at(Path.of(xdg, "velero-java", "repositories"));
        }
        return home == null || home.isBlank() ? NONE : at(Path.of(home, ".cache", "velero-java", "repositories"));
    }

    public boolean enabled() {
        return directory != null;
    }
}
