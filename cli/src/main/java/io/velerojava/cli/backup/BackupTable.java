package io.velerojava.cli.backup;

import io.velerojava.api.v1.Backup;
import io.velerojava.api.v1.BackupStatus;
import io.velerojava.cli.output.Table;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** Velero's {@code backup get} table: NAME STATUS ERRORS WARNINGS CREATED EXPIRES STORAGE LOCATION SELECTOR. */
final class BackupTable {

    private static final DateTimeFormatter CREATED =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss Z 'UTC'").withZone(ZoneOffset.UTC);

    private BackupTable() {
    }

    static Table of(List<Backup> backups, Instant now) {
        Table table = new Table("NAME", "STATUS", "ERRORS", "WARNINGS", "CREATED", "EXPIRES", "STORAGE LOCATION",
                "SELECTOR");
        for (Backup backup : backups) {
            BackupStatus status = backup.getStatus() == null ? new BackupStatus() : backup.getStatus();
            table.row(backup.getMetadata().getName(),
                    status.getPhase() == null ? "New" : status.getPhase().value(),
                    Integer.toString(status.getErrors() == null ? 0 : status.getErrors()),
                    Integer.toString(status.getWarnings() == null ? 0 : status.getWarnings()),
                    backup.getMetadata().getCreationTimestamp() == null ? "<nil>"
                            : CREATED.format(Instant.parse(backup.getMetadata().getCreationTimestamp())),
                    status.getExpiration() == null ? "n/a" : expiresIn(Instant.parse(status.getExpiration()), now),
                    backup.getSpec() == null || backup.getSpec().getStorageLocation() == null ? ""
                            : backup.getSpec().getStorageLocation(),
                    selector(backup));
        }
        return table;
    }

    /** Velero's humanized time to expiry: {@code 29d}, {@code 5h}, {@code 12m}, or 0 once expired. */
    static String expiresIn(Instant expiration, Instant now) {
        Duration left = Duration.between(now, expiration);
        if (left.isNegative() || left.isZero()) {
            return "0s";
        }
        if (left.toDays() > 0) {
            return left.toDays() + "d";
        }
        if (left.toHours() > 0) {
            return left.toHours() + "h";
        }
        return left.toMinutes() > 0 ? left.toMinutes() + "m" : left.toSeconds() + "s";
    }

    private static String selector(Backup backup) {
        return backup.getSpec() == null || backup.getSpec().getLabelSelector() == null ? "<none>"
                : LabelSelectorText.of(backup.getSpec().getLabelSelector());
    }
}
