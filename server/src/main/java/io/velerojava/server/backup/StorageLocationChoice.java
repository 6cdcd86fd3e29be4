package io.velerojava.server.backup;

import io.velerojava.api.v1.Backup;
import io.velerojava.api.v1.BackupStorageLocation;
import java.util.Comparator;
import java.util.List;

/**
 * Which backup storage location a backup goes to: the one its spec names; else the location marked default (the
 * most recently created, should there be several); else the server's {@code --default-backup-storage-location}.
 */
final class StorageLocationChoice {

    private StorageLocationChoice() {
    }

    static String locationName(Backup backup, List<BackupStorageLocation> locations, String serverDefault) {
        String named = backup.getSpec() == null ? null : backup.getSpec().getStorageLocation();
        if (named != null && !named.isBlank()) {
            return named;
        }
        return locations.stream()
                .filter(location -> location.getSpec() != null && Boolean.TRUE.equals(location.getSpec().getDefault()))
                .max(Comparator.comparing(location -> location.getMetadata().getCreationTimestamp(),
                        Comparator.nullsFirst(Comparator.<String>naturalOrder())))
                .map(location -> location.getMetadata().getName())
                .orElse(serverDefault);
    }
}
