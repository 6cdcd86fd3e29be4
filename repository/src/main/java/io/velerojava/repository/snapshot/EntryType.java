package io.velerojava.repository.snapshot;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What a tree entry is. Other file types (devices, FIFOs, sockets) are not stored; the snapshot reports them. */
public enum EntryType {
    @JsonProperty("dir") DIRECTORY,
    @JsonProperty("file") FILE,
    @JsonProperty("symlink") SYMLINK
}
