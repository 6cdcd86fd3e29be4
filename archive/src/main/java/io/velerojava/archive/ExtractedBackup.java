package io.velerojava.archive;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A backup tarball extracted by {@link TarballReader}: an index of its items and their content in one spill file
 * in a private temporary directory, deleted on {@link #close()}. Safe for concurrent reads.
 */
public final class ExtractedBackup implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path root;
    private final BackupIndex index;
    private final SpillFile contents;
    private final Optional<String> formatVersion;
    private final int itemCount;

    /** @param contents sealed, holding every entry the index names */
    ExtractedBackup(Path root, BackupIndex index, SpillFile contents) throws IOException {
        this.root = root;
        this.index = index;
        this.contents = contents;
        SpillFile.Range version = index.content(new MetadataPath(TarballLayout.VERSION_FILE));
        this.formatVersion = version == null
                ? Optional.empty()
                : Optional.of(new String(contents.read(version), StandardCharsets.UTF_8).trim());
        this.itemCount = index.legacyItemCount();
    }

    /** The content of {@code metadata/version} without its newline, e.g. {@code 1.1.0}; absent in very old backups. */
    public Optional<String> formatVersion() {
        return formatVersion;
    }

    /** Every resource type with at least one entry, in alphabetical order of the group-resource string. */
    public List<GroupResource> groupResources() {
        return List.copyOf(index.groupResources());
    }

    /** Namespaces holding at least one item, sorted. */
    public List<String> namespaces() {
        return List.copyOf(index.namespaces());
    }

    /** The items of a type (legacy copies): cluster-scoped ones first, then by namespace and name. */
    public List<ItemKey> items(GroupResource groupResource) {
        return List.copyOf(index.legacyItems(groupResource));
    }

    /** Number of items (each counted once, not per copy). */
    public int itemCount() {
        return itemCount;
    }

    /** The version directories present for a type, such as {@code v1-preferredversion}. */
    public List<VersionDirectory> versionDirectories(GroupResource groupResource) {
        return List.copyOf(index.versionDirectories(groupResource));
    }

    public boolean contains(ItemKey item) {
        return contains(ItemPath.legacy(item));
    }

    public boolean contains(ItemPath itemPath) {
        return index.contains(itemPath);
    }

    /** The JSON bytes of an item's legacy copy. */
    public byte[] read(ItemKey item) throws IOException {
        return read(ItemPath.legacy(item));
    }

    public byte[] read(ItemPath itemPath) throws IOException {
        SpillFile.Range content = index.content(itemPath);
        if (content == null) {
            throw new NoSuchElementException("backup has no entry " + TarballLayout.path(itemPath));
        }
        return contents.read(content);
    }

    /** An item's legacy copy parsed as a JSON object. */
    public ObjectNode readObject(ItemKey item) throws IOException {
        return readObject(ItemPath.legacy(item));
    }

    public ObjectNode readObject(ItemPath itemPath) throws IOException {
        byte[] content = read(itemPath);
        try {
            JsonNode node = JSON.readTree(content);
            if (node instanceof ObjectNode object) {
                return object;
            }
            throw new CorruptBackupException(
                    "backup entry " + TarballLayout.path(itemPath) + " is not a JSON object");
        } catch (JsonProcessingException e) {
            throw new CorruptBackupException("backup entry " + TarballLayout.path(itemPath) + " is not valid JSON: "
                    + e.getOriginalMessage(), e);
        }
    }

    /** Deletes the extracted content. */
    @Override
    public void close() throws IOException {
        try {
            contents.close();
        } finally {
            deleteRecursively(root);
        }
    }

    static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
