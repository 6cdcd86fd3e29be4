package io.velerojava.archive;

import java.util.Objects;

/** A file directly under {@code metadata/}, such as {@code metadata/version}. */
public record MetadataPath(String fileName) implements EntryPath {

    public MetadataPath {
        Objects.requireNonNull(fileName, "fileName");
    }
}
