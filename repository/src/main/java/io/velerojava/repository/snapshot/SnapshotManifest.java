package io.velerojava.repository.snapshot;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.Map;

/**
 * The record of one snapshot, stored encrypted as {@code snapshots/<id>}: where it came from, its labels, when it
 * ran, its root directory and what it held.
 *
 * @param startTime ISO-8601 instant
 * @param endTime   ISO-8601 instant
 * @param parent    the snapshot whose unchanged files were reused, if any
 * @param newBytes  plaintext bytes of contents this snapshot added to the repository
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SnapshotManifest(String source, Map<String, String> labels, String startTime,
        String endTime, String parent, TreeEntry root, long files, long directories, long symlinks, long bytes,
        long newBytes, long reusedFiles) {

    public SnapshotManifest {
        labels = labels == null ? Map.of() : Map.copyOf(labels);
    }

    public boolean matches(Map<String, String> labelFilter) {
        return labels.entrySet().containsAll(labelFilter.entrySet());
    }
}
