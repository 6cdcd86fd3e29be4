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
 * A backup tarball extracted by {@link TarballReader}: an index of its items and their content in a private
 * temporary directory, deleted on {@link #close()}. Safe for concurrent reads.
 */
public final class ExtractedBackup implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path root;
    private final BackupIndex index;
    private final Optional<String> formatVersion;
    private final int itemCount;

    ExtractedBackup(Path root, BackupIndex index) throws IOException {
        this.root = root;
        this.index = index;
        Path versionFile = index.file(new MetadataPath(TarballLayout.VERSION_FILE));
        this.formatVersion = versionFile == null
                ? Optional.empty()
                : Optional.of(Files.readString(versionFile, StandardCharsets.UTF_8).trim());
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
        Path file = index.file(itemPath);
        if (file == null) {
            throw new NoSuchElementException("backup has no entry " + TarballLayout.path(itemPath));
        }
        return Files.readAllBytes(file);
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

    /** Deletes the extracted files. */
    @Override
    public void close() throws IOException {
        deleteRecursively(root);
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
