package io.velerojava.repository;

import java.time.Duration;
import java.util.List;

/**
 * A finished snapshot.
 *
 * @param bytes       total size of the files in the snapshot
 * @param newBytes    plaintext bytes of contents not already in the repository
 * @param storedBytes bytes those new contents take in packs (after compression and encryption)
 * @param reusedFiles files not read because they were unchanged since the parent snapshot
 * @param warnings    entries left out (sockets, devices, FIFOs)
 */
public record SnapshotResult(String snapshotId, long files, long directories, long bytes, long newBytes,
        long storedBytes, long reusedFiles, Duration duration, List<String> warnings) {

    public SnapshotResult {
        warnings = List.copyOf(warnings);
    }
}
