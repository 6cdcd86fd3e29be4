package io.velerojava.archive;

import java.util.Objects;
import java.util.Optional;

/**
 * One copy of an item in the tarball: the legacy, un-versioned copy (no version directory) or a copy under a
 * {@link VersionDirectory}.
 */
public record ItemPath(ItemKey item, Optional<VersionDirectory> versionDirectory) implements EntryPath {

    public ItemPath {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(versionDirectory, "versionDirectory");
    }

    public static ItemPath legacy(ItemKey item) {
        return new ItemPath(item, Optional.empty());
    }

    public static ItemPath versioned(ItemKey item, VersionDirectory versionDirectory) {
        return new ItemPath(item, Optional.of(versionDirectory));
    }

    public boolean isLegacy() {
        return versionDirectory.isEmpty();
    }
}
