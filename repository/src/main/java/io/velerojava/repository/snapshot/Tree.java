package io.velerojava.repository.snapshot;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.velerojava.repository.content.CorruptContentException;
import io.velerojava.repository.object.ObjectId;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A directory's entries, sorted by name, stored as a JSON object ({@code {"entries":[...]}}). Sorting and a fixed
 * field order make an unchanged directory produce byte-identical JSON, so its tree deduplicates.
 */
public record Tree(List<TreeEntry> entries) {

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    public Tree {
        entries = List.copyOf(entries);
    }

    public byte[] toJson() {
        try {
            return JSON.writeValueAsBytes(this);
        } catch (IOException e) {
            throw new IllegalStateException("a tree always serializes", e);
        }
    }

    /**
     * Parses and validates a stored tree. Trees come from storage that an attacker may control, so every name and
     * every field a restore relies on is checked here, before anything is written to disk.
     */
    public static Tree parse(byte[] json, String where) throws CorruptContentException {
        Tree tree;
        try {
            tree = JSON.readValue(json, Tree.class);
        } catch (IOException e) {
            throw new CorruptContentException("tree " + where + " is not valid JSON", e);
        }
        if (tree.entries() == null) {
            throw new CorruptContentException("tree " + where + " has no entries list");
        }
        Set<String> names = new HashSet<>();
        for (TreeEntry entry : tree.entries()) {
            if (entry == null || !isSafeName(entry.name())) {
                throw new CorruptContentException("tree " + where + " has an unsafe entry name "
                        + (entry == null ? "null" : "'" + entry.name() + "'"));
            }
            if (!names.add(entry.name())) {
                throw new CorruptContentException("tree " + where + " has two entries named '" + entry.name() + "'");
            }
            validate(entry, where);
        }
        return tree;
    }

    public static boolean isSafeName(String name) {
        return name != null && !name.isEmpty() && !name.equals(".") && !name.equals("..")
                && name.indexOf('/') < 0 && name.indexOf('\0') < 0;
    }

    private static void validate(TreeEntry entry, String where) throws CorruptContentException {
        String what = "entry '" + entry.name() + "' of tree " + where;
        if (entry.type() == null) {
            throw new CorruptContentException(what + " has no type");
        }
        try {
            switch (entry.type()) {
                case DIRECTORY -> new ObjectId(entry.object());
                case FILE -> {
                    if (entry.size() == null || entry.size() < 0) {
                        throw new CorruptContentException(what + " has no valid size");
                    }
                    if (entry.object() != null) {
                        new ObjectId(entry.object());
                    } else if (entry.size() != 0) {
                        throw new CorruptContentException(what + " has data but no object");
                    }
                }
                case SYMLINK -> {
                    if (entry.symlinkTarget() == null || entry.symlinkTarget().isEmpty()
                            || entry.symlinkTarget().indexOf('\0') >= 0) {
                        throw new CorruptContentException(what + " has no valid symlink target");
                    }
                }
            }
        } catch (IllegalArgumentException e) {
            throw new CorruptContentException(what + " has an invalid object ID", e);
        }
    }
}
