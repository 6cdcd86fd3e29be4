package io.velerojava.server.deletion;

import io.velerojava.api.v1.PodVolumeBackup;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Which repository snapshots a backup's pod volume backups made, by the namespace whose repository holds them
 * (the volume's pod namespace, as Velero's {@code GetSnapshotIdentifier}).
 */
final class PodVolumeSnapshots {

    private PodVolumeSnapshots() {
    }

    /**
     * The snapshot IDs of {@code backups} by volume namespace, namespaces sorted, IDs in recorded order without
     * repeats. A backup without a snapshot ID made no snapshot (it failed or had nothing to do); one without its
     * pod's namespace names no repository.
     */
    static SortedMap<String, List<String>> byVolumeNamespace(List<PodVolumeBackup> backups) {
        SortedMap<String, List<String>> snapshots = new TreeMap<>();
        for (PodVolumeBackup backup : backups) {
            String snapshotId = backup.getStatus() == null ? null : backup.getStatus().getSnapshotID();
            String namespace = backup.getSpec() == null || backup.getSpec().getPod() == null
                    ? null : backup.getSpec().getPod().getNamespace();
            if (isBlank(snapshotId) || isBlank(namespace)) {
                continue;
            }
            List<String> ids = snapshots.computeIfAbsent(namespace, ignored -> new ArrayList<>());
            if (!ids.contains(snapshotId)) {
                ids.add(snapshotId);
            }
        }
        return snapshots;
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
