package io.velerojava.cli.backuplocation;

import io.velerojava.api.v1.BackupStorageLocation;
import io.velerojava.api.v1.BackupStorageLocationAccessMode;
import io.velerojava.cli.output.Table;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** {@code velero backup-location get}'s table, with Velero's columns. */
final class LocationTable {

    private static final DateTimeFormatter GO_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss Z 'UTC'")
            .withZone(ZoneOffset.UTC);

    private LocationTable() {
    }

    static Table of(List<BackupStorageLocation> locations) {
        Table table = new Table("NAME", "PROVIDER", "BUCKET/PREFIX", "PHASE", "LAST VALIDATED", "ACCESS MODE",
                "DEFAULT");
        for (BackupStorageLocation location : locations) {
            var spec = location.getSpec();
            var status = location.getStatus();
            String bucket = spec.getObjectStorage() == null ? "" : spec.getObjectStorage().getBucket();
            String prefix = spec.getObjectStorage() == null ? null : spec.getObjectStorage().getPrefix();
            table.row(location.getMetadata().getName(), spec.getProvider(),
                    prefix == null || prefix.isEmpty() ? bucket : bucket + "/" + prefix,
                    status == null || status.getPhase() == null ? "Unknown" : status.getPhase().value(),
                    status == null || status.getLastValidationTime() == null ? "Unknown"
                            : GO_TIME.format(Instant.parse(status.getLastValidationTime())),
                    spec.getAccessMode() == null ? BackupStorageLocationAccessMode.READ_WRITE.value()
                            : spec.getAccessMode().value(),
                    Boolean.TRUE.equals(spec.getDefault()) ? "true" : "");
        }
        return table;
    }
}
