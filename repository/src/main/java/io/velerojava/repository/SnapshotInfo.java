package io.velerojava.repository;

import java.time.Instant;
import java.util.Map;

/** A stored snapshot as listed. {@code parentSnapshotId} is null for a snapshot made without a parent. */
public record SnapshotInfo(String id, String source, Map<String, String> labels, Instant startTime, Instant endTime,
        long files, long bytes, String parentSnapshotId) {
}
