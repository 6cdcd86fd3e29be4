package io.velerojava.repository.maintenance;

import io.velerojava.repository.content.ContentId;
import io.velerojava.repository.content.CorruptContentException;
import io.velerojava.repository.object.ObjectId;
import io.velerojava.repository.object.ObjectReader;
import io.velerojava.repository.snapshot.EntryType;
import io.velerojava.repository.snapshot.SnapshotManifest;
import io.velerojava.repository.snapshot.Tree;
import io.velerojava.repository.snapshot.TreeEntry;
import java.io.IOException;
import java.util.HashSet;
import java.util.Set;

/**
 * Collects every content reachable from snapshots: trees, chunk lists and data chunks. Data chunks are named by
 * their chunk lists, so only trees and chunk lists are read. Objects shared between snapshots (unchanged
 * subtrees, deduplicated files) are visited once.
 */
final class ReferenceWalker {

    private final ObjectReader reader;
    private final Set<ContentId> referenced = new HashSet<>();
    private final Set<String> visitedObjects = new HashSet<>();

    ReferenceWalker(ObjectReader reader) {
        this.reader = reader;
    }

    Set<ContentId> referenced() {
        return referenced;
    }

    void walk(String snapshotId, SnapshotManifest manifest) throws IOException {
        if (manifest.root() == null || manifest.root().type() != EntryType.DIRECTORY) {
            throw new CorruptContentException("snapshot " + snapshotId + " has no root directory");
        }
        walk(snapshotId, manifest.root(), "/");
    }

    private void walk(String snapshotId, TreeEntry entry, String path) throws IOException {
        if (entry.object() == null || !visitedObjects.add(entry.object())) {
            return;
        }
        try {
            ObjectId object = new ObjectId(entry.object());
            referenced.addAll(reader.contentIds(object));
            if (entry.type() == EntryType.DIRECTORY) {
                Tree tree = Tree.parse(reader.readAll(object), entry.object());
                for (TreeEntry child : tree.entries()) {
                    walk(snapshotId, child, path.endsWith("/") ? path + child.name() : path + "/" + child.name());
                }
            }
        } catch (CorruptContentException e) {
            if (e.getMessage().startsWith("snapshot ")) {
                throw e;
            }
            throw new CorruptContentException("snapshot " + snapshotId + ", path " + path + ": " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new CorruptContentException("snapshot " + snapshotId + ", path " + path + ": " + e.getMessage(), e);
        }
    }
}
