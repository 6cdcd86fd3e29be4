package io.velerojava.storage.backup;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything {@link BackupStore#putBackup} writes for a finished backup. The engine serializes the typed objects;
 * this layer only moves bytes.
 *
 * @param metadata the Backup object as JSON ({@code velero-backup.json})
 * @param contents the resource tarball
 * @param log      the gzipped backup log, if any
 * @param sidecars the gzipped JSON sidecar files, keyed by file; only {@link BackupFile#isSidecar()} kinds
 */
public record BackupUpload(
        String backupName,
        byte[] metadata,
        Payload contents,
        Optional<Payload> log,
        Map<BackupFile, Payload> sidecars) {

    public BackupUpload {
        Objects.requireNonNull(backupName, "backupName");
        Objects.requireNonNull(metadata, "metadata");
        Objects.requireNonNull(contents, "contents");
        Objects.requireNonNull(log, "log");
        sidecars.keySet().stream()
                .filter(file -> !file.isSidecar())
                .findFirst()
                .ifPresent(file -> {
                    throw new IllegalArgumentException(file + " is not a sidecar file; pass it as its own field");
                });
        sidecars = sidecars.isEmpty() ? Map.of() : new EnumMap<>(sidecars);
    }
}
