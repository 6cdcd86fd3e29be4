package io.velerojava.repository;

import java.time.Duration;
import java.util.List;

/** A finished restore; warnings name what could not be applied (owners without privilege, xattrs, kept files). */
public record RestoreResult(long files, long directories, long symlinks, long bytes, Duration duration,
        List<String> warnings) {

    public RestoreResult {
        warnings = List.copyOf(warnings);
    }
}
