package io.velerojava.archive;

/** What a path inside the tarball denotes, as parsed by {@link TarballLayout#parse(String)}. */
public sealed interface EntryPath permits ItemPath, MetadataPath {
}
