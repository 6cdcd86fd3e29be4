package io.velerojava.repository.maintenance;

/**
 * What one maintenance run did.
 *
 * @param contentsMarkedDeleted unreferenced contents tombstoned this run (their packs are retired, deleted later)
 * @param contentsRevived       tombstoned contents that a snapshot refers to again
 * @param packsRetired          packs with no live content left, to be deleted after the grace period
 * @param packsDeleted          retired packs deleted this run
 * @param packsWaiting          retired packs kept because the grace period or an open session protects them
 * @param packsRepacked         mostly-garbage packs whose live contents were copied to new packs
 */
public record MaintenanceResult(int snapshots, long contentsMarkedDeleted, long contentsRevived, int packsRetired,
        int packsDeleted, long bytesDeleted, int packsWaiting, int packsRepacked, int indexBlobsCompacted,
        int staleSessionsRemoved) {
}
