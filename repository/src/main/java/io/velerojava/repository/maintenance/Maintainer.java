package io.velerojava.repository.maintenance;

import io.velerojava.repository.blob.BlobInfo;
import io.velerojava.repository.blob.BlobStorage;
import io.velerojava.repository.content.BlobLayout;
import io.velerojava.repository.content.ContentCodec;
import io.velerojava.repository.content.ContentId;
import io.velerojava.repository.content.ContentIndex;
import io.velerojava.repository.content.ContentReader;
import io.velerojava.repository.content.ContentWriter;
import io.velerojava.repository.content.IndexBlob;
import io.velerojava.repository.content.IndexEntry;
import io.velerojava.repository.content.MetadataCache;
import io.velerojava.repository.object.ObjectReader;
import io.velerojava.repository.snapshot.ManifestStore;
import io.velerojava.repository.snapshot.SnapshotManifest;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Garbage collection in two phases, safe while other processes write snapshots (the rules are in
 * docs/design/repository-format.md, "Maintenance safety"):
 * <ol>
 *   <li>read open sessions, then the index, then every snapshot, and mark what snapshots reach;</li>
 *   <li>tombstone unreferenced contents older than the grace period, revive referenced tombstoned ones;</li>
 *   <li>retire packs with no live content; delete packs retired longer than the grace period when no open session
 *       began before the retirement became safe;</li>
 *   <li>repack mostly-garbage packs;</li>
 *   <li>write one compacted index, then delete exactly the index blobs it replaces, then the deletable packs.</li>
 * </ol>
 * Only one maintenance may run on a repository at a time; the caller serializes runs (Velero runs one maintenance
 * job per repository).
 */
public final class Maintainer {

    private static final Logger LOG = LoggerFactory.getLogger(Maintainer.class);
    private static final int ENTRIES_PER_INDEX_BLOB = 200_000;

    private final BlobStorage storage;
    private final ContentCodec codec;
    private final ManifestStore manifests;
    private final MetadataCache cache;
    private final int packTargetSize;
    private final Clock clock;

    /** {@code cache} serves index blobs and trees: they are authenticated, so marking from them is as safe. */
    public Maintainer(BlobStorage storage, ContentCodec codec, ManifestStore manifests, MetadataCache cache,
            int packTargetSize, Clock clock) {
        this.storage = storage;
        this.codec = codec;
        this.manifests = manifests;
        this.cache = cache;
        this.packTargetSize = packTargetSize;
        this.clock = clock;
    }

    public MaintenanceResult run(MaintenanceOptions options) throws IOException {
        long start = clock.millis();
        long grace = options.gracePeriod().toMillis();

        List<String> staleSessions = new ArrayList<>();
        long oldestOpenSession = Long.MAX_VALUE;
        for (BlobInfo session : storage.list(BlobLayout.SESSIONS)) {
            long startedAt = BlobLayout.createdAtMillis(session.name());
            if (startedAt + options.staleSessionAge().toMillis() <= start) {
                staleSessions.add(session.name());
            } else {
                oldestOpenSession = Math.min(oldestOpenSession, startedAt);
            }
        }
        ContentIndex index = ContentIndex.load(storage, codec.metadataCipher(), cache);
        Map<String, SnapshotManifest> snapshots = manifests.readAll();
        ReferenceWalker walker = new ReferenceWalker(new ObjectReader(new ContentReader(storage, codec, index,
                cache)));
        for (Map.Entry<String, SnapshotManifest> snapshot : snapshots.entrySet()) {
            walker.walk(snapshot.getKey(), snapshot.getValue()); // any failure stops maintenance before it deletes
        }
        Set<ContentId> referenced = walker.referenced();

        Map<String, Long> packLengths = new HashMap<>();
        storage.list(BlobLayout.PACKS).forEach(pack -> packLengths.put(pack.name(), pack.length()));

        Map<ContentId, IndexEntry> entries = new HashMap<>();
        long tombstoned = 0;
        long revived = 0;
        for (IndexEntry entry : index.entries()) {
            boolean isReferenced = referenced.contains(entry.id());
            if (!packLengths.containsKey(entry.pack())) {
                if (isReferenced) {
                    LOG.error("content {} is used by a snapshot but its pack {} is missing", entry.id(), entry.pack());
                    entries.put(entry.id(), entry);
                }
                continue; // entries of deleted packs that nothing uses are dropped
            }
            if (!entry.deleted() && !isReferenced && entry.timestampMillis() + grace <= start) {
                entries.put(entry.id(), entry.asTombstone(start));
                tombstoned++;
            } else if (entry.deleted() && isReferenced) {
                entries.put(entry.id(), entry.asLive(start));
                revived++;
            } else {
                entries.put(entry.id(), entry);
            }
        }

        Map<String, Long> liveBytes = new HashMap<>();
        entries.values().stream().filter(entry -> !entry.deleted())
                .forEach(entry -> liveBytes.merge(entry.pack(), (long) entry.length(), Long::sum));

        int repacked = repack(options, start, grace, packLengths, liveBytes, entries);

        Map<String, Long> retired = new HashMap<>();
        Set<String> packsToDelete = new HashSet<>();
        int newlyRetired = 0;
        int waiting = 0;
        for (String pack : packLengths.keySet()) {
            if (liveBytes.getOrDefault(pack, 0L) > 0) {
                continue; // live (again): not retired
            }
            Long since = index.retiredPacks().get(pack);
            if (since == null) {
                if (BlobLayout.createdAtMillis(pack) + grace <= start) {
                    retired.put(pack, start);
                    newlyRetired++;
                }
            } else if (since + grace <= start && oldestOpenSession >= since + grace) {
                packsToDelete.add(pack);
            } else {
                retired.put(pack, since);
                waiting++;
            }
        }
        entries.values().removeIf(entry -> packsToDelete.contains(entry.pack()));

        if (grace > 0 && clock.millis() - start > grace) {
            throw new IOException("maintenance took longer than the grace period (" + options.gracePeriod()
                    + ") before writing its index; nothing was changed. Use a longer grace period.");
        }
        writeCompactedIndex(entries, retired);
        for (String old : index.indexBlobNames()) {
            storage.delete(old);
        }
        long bytesDeleted = 0;
        for (String pack : packsToDelete) {
            storage.delete(pack);
            bytesDeleted += packLengths.get(pack);
        }
        for (String session : staleSessions) {
            LOG.warn("removing session marker {}: older than {}, its writer is presumed dead", session,
                    options.staleSessionAge());
            storage.delete(session);
        }
        MaintenanceResult result = new MaintenanceResult(snapshots.size(), tombstoned, revived, newlyRetired,
                packsToDelete.size(), bytesDeleted, waiting, repacked, index.indexBlobNames().size(),
                staleSessions.size());
        LOG.info("maintenance finished: {}", result);
        return result;
    }

    /**
     * Copies the live contents of mostly-garbage packs (older than the grace period) into new packs; the copies get
     * newer index entries, so the old packs have no live content left and are retired by this same run.
     */
    private int repack(MaintenanceOptions options, long start, long grace, Map<String, Long> packLengths,
            Map<String, Long> liveBytes, Map<ContentId, IndexEntry> entries) throws IOException {
        List<String> candidates = packLengths.keySet().stream()
                .filter(pack -> liveBytes.getOrDefault(pack, 0L) > 0)
                .filter(pack -> liveBytes.get(pack) < options.repackBelowLiveFraction() * packLengths.get(pack))
                .filter(pack -> BlobLayout.createdAtMillis(pack) + grace <= start)
                .sorted()
                .toList();
        if (candidates.isEmpty()) {
            return 0;
        }
        Map<String, List<IndexEntry>> liveByPack = new HashMap<>();
        entries.values().stream().filter(entry -> !entry.deleted() && candidates.contains(entry.pack()))
                .forEach(entry -> liveByPack.computeIfAbsent(entry.pack(), p -> new ArrayList<>()).add(entry));
        try (ContentWriter writer = new ContentWriter(storage, codec, ContentIndex.empty(), packTargetSize, clock)) {
            for (String pack : candidates) {
                byte[] bytes = storage.get(pack);
                for (IndexEntry entry : liveByPack.getOrDefault(pack, List.of())) {
                    byte[] record = Arrays.copyOfRange(bytes, entry.offset(), entry.offset() + entry.length());
                    codec.open(entry.id(), record, "pack " + pack + " at offset " + entry.offset()); // no damage copied
                    writer.copyRecord(entry.id(), record);
                }
                liveBytes.remove(pack);
            }
            writer.flush(); // its own index blob holds the copies' entries, newer than the originals
        }
        for (String pack : candidates) {
            entries.values().removeIf(entry -> entry.pack().equals(pack) && !entry.deleted());
        }
        return candidates.size();
    }

    private void writeCompactedIndex(Map<ContentId, IndexEntry> entries, Map<String, Long> retired)
            throws IOException {
        List<IndexEntry> all = new ArrayList<>(entries.values());
        for (int from = 0; from == 0 || from < all.size(); from += ENTRIES_PER_INDEX_BLOB) {
            List<IndexEntry> slice = all.subList(from, Math.min(all.size(), from + ENTRIES_PER_INDEX_BLOB));
            Map<String, Long> retiredHere = from == 0 ? retired : Map.of();
            String name = BlobLayout.newIndexName(clock.millis());
            byte[] sealed = new IndexBlob(slice, retiredHere).seal(codec.metadataCipher());
            storage.put(name, sealed);
            cache.putBlob(name, sealed);
        }
    }
}
