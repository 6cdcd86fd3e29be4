package io.velerojava.server.location;

import io.velerojava.api.v1.BackupStorageLocation;
import java.util.Comparator;
import java.util.List;

/** Velero's rule for several locations marked {@code default: true}: the most recently created one wins. */
final class DefaultLocations {

    /** RFC 3339 timestamps in UTC order like their text. */
    private static final Comparator<BackupStorageLocation> NEWEST_FIRST = Comparator
            .comparing((BackupStorageLocation location) -> location.getMetadata().getCreationTimestamp(),
                    Comparator.nullsLast(Comparator.<String>reverseOrder()))
            .thenComparing(location -> location.getMetadata().getName());

    private DefaultLocations() {
    }

    /** The names of the default locations that must stop being default, in name order. */
    static List<String> superseded(List<BackupStorageLocation> locations) {
        List<BackupStorageLocation> defaults = locations.stream()
                .filter(DefaultLocations::isDefault)
                .sorted(NEWEST_FIRST)
                .toList();
        return defaults.stream().skip(1).map(location -> location.getMetadata().getName()).sorted().toList();
    }

    static boolean isDefault(BackupStorageLocation location) {
        return location.getSpec() != null && Boolean.TRUE.equals(location.getSpec().getDefault());
    }
}
