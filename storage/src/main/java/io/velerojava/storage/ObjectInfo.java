package io.velerojava.storage;

import java.time.Instant;
import java.util.Objects;

/** One object of a listing. */
public record ObjectInfo(String key, long size, Instant lastModified) {

    public ObjectInfo {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(lastModified, "lastModified");
    }
}
