package io.velerojava.repository.maintenance;

import io.velerojava.repository.blob.BlobInfo;
import io.velerojava.repository.blob.BlobStorage;
import io.velerojava.repository.content.BlobLayout;
import io.velerojava.repository.content.ContentCodec;
import io.velerojava.repository.content.ContentId;
import io.velerojava.repository.content.ContentIndex;
import io.velerojava.repository.content.ContentReader;
import io.velerojava.repository.content.IndexEntry;
import io.velerojava.repository.content.PackBuilder;
import io.velerojava.repository.content.PackReader;
import io.velerojava.repository.object.ObjectReader;
import io.velerojava.repository.snapshot.ManifestStore;
import io.velerojava.repository.snapshot.SnapshotManifest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Verifies a repository and reports every problem it finds instead of stopping at the first. */
public final class RepositoryChecker {

    private final BlobStorage storage;
    private final ContentCodec codec;
    private final ManifestStore manifests;

    public RepositoryChecker(BlobStorage storage, ContentCodec codec, ManifestStore manifests) {
        this.storage = storage;
        this.codec = codec;
        this.manifests = manifests;
    }

    public CheckResult check(CheckMode mode) throws IOException {
        List<String> problems = new ArrayList<>();
        ContentIndex index;
        try {
            index = ContentIndex.load(storage, codec.metadataCipher());
        } catch (IOException e) {
            problems.add("cannot load the index: " + e.getMessage());
            return new CheckResult(mode, 0, 0, 0, problems);
        }
        Map<String, Long> packLengths = new HashMap<>();
        for (BlobInfo pack : storage.list(BlobLayout.PACKS)) {
            packLengths.put(pack.name(), pack.length());
        }
        checkIndexEntries(index, packLengths, problems);
        int snapshots = checkSnapshots(index, packLengths, problems);
        long verified = mode == CheckMode.FULL ? checkPackData(index, packLengths, problems) : 0;
        return new CheckResult(mode, snapshots, packLengths.size(), verified, problems);
    }

    private static void checkIndexEntries(ContentIndex index, Map<String, Long> packLengths, List<String> problems) {
        for (IndexEntry entry : index.entries()) {
            Long length = packLengths.get(entry.pack());
            if (length == null) {
                if (!entry.deleted()) {
                    problems.add("content " + entry.id() + " is indexed in pack " + entry.pack()
                            + ", which does not exist");
                }
            } else if ((long) entry.offset() + entry.length() > length) {
                problems.add("content " + entry.id() + " lies beyond the end of pack " + entry.pack());
            }
        }
    }

    private int checkSnapshots(ContentIndex index, Map<String, Long> packLengths, List<String> problems)
            throws IOException {
        ReferenceWalker walker = new ReferenceWalker(new ObjectReader(new ContentReader(storage, codec, index)));
        int count = 0;
        for (BlobInfo blob : storage.list(BlobLayout.SNAPSHOTS)) {
            String id = BlobLayout.snapshotIdOf(blob.name());
            try {
                SnapshotManifest manifest = manifests.read(id);
                walker.walk(id, manifest);
                count++;
            } catch (IOException | IllegalArgumentException e) {
                problems.add("snapshot " + id + ": " + e.getMessage());
            }
        }
        for (ContentId id : walker.referenced()) {
            Optional<IndexEntry> entry = index.find(id);
            if (entry.isEmpty()) {
                problems.add("content " + id + " is used by a snapshot but is not in any index");
            } else if (!packLengths.containsKey(entry.get().pack())) {
                problems.add("content " + id + " is used by a snapshot but its pack " + entry.get().pack()
                        + " does not exist");
            }
        }
        return count;
    }

    private long checkPackData(ContentIndex index, Map<String, Long> packLengths, List<String> problems)
            throws IOException {
        Map<String, List<IndexEntry>> indexedByPack = new HashMap<>();
        index.entries().forEach(entry -> indexedByPack.computeIfAbsent(entry.pack(), p -> new ArrayList<>()).add(entry));
        long verified = 0;
        for (String pack : packLengths.keySet().stream().sorted().toList()) {
            byte[] bytes = storage.get(pack);
            List<PackBuilder.PackedContent> contents;
            try {
                contents = PackReader.contents(pack, bytes, codec.metadataCipher());
            } catch (IOException e) {
                problems.add(e.getMessage());
                continue;
            }
            Map<ContentId, PackBuilder.PackedContent> byId = new HashMap<>();
            for (PackBuilder.PackedContent content : contents) {
                byId.put(content.id(), content);
                try {
                    codec.open(content.id(), bytes, content.offset(), content.length(),
                            "pack " + pack + " at offset " + content.offset());
                    verified++;
                } catch (IOException e) {
                    problems.add(e.getMessage());
                }
            }
            for (IndexEntry entry : indexedByPack.getOrDefault(pack, List.of())) {
                PackBuilder.PackedContent content = byId.get(entry.id());
                if (content == null || content.offset() != entry.offset() || content.length() != entry.length()) {
                    problems.add("the index places content " + entry.id() + " in pack " + pack
                            + " where the pack's trailer does not");
                }
            }
        }
        return verified;
    }
}
