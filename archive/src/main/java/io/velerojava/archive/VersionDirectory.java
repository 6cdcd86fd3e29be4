package io.velerojava.archive;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A per-API-version directory under a resource directory (tarball format 1.1.0): {@code v1-preferredversion}
 * holds the copy in the version the source cluster preferred, plain {@code v2beta2} a non-preferred version
 * (only written by Velero with the {@code EnableAPIGroupVersions} feature).
 */
public record VersionDirectory(String version, Preference preference) {

    /** Whether the source cluster served this version as the group's preferred one. */
    public enum Preference { PREFERRED, NON_PREFERRED }

    static final String PREFERRED_SUFFIX = "-preferredversion";

    /** Kubernetes API versions are DNS labels such as {@code v1} or {@code v2beta1}. */
    private static final Pattern VERSION = Pattern.compile("[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?");

    public VersionDirectory {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(preference, "preference");
        if (!VERSION.matcher(version).matches() || version.endsWith(PREFERRED_SUFFIX)) {
            throw new IllegalArgumentException("not an API version: '" + version + "'");
        }
    }

    public static VersionDirectory preferred(String version) {
        return new VersionDirectory(version, Preference.PREFERRED);
    }

    public static VersionDirectory nonPreferred(String version) {
        return new VersionDirectory(version, Preference.NON_PREFERRED);
    }

    /** Parses a directory name such as {@code v1-preferredversion} or {@code v2beta2}. */
    public static VersionDirectory parse(String directoryName) {
        return directoryName.endsWith(PREFERRED_SUFFIX)
                ? preferred(directoryName.substring(0, directoryName.length() - PREFERRED_SUFFIX.length()))
                : nonPreferred(directoryName);
    }

    public boolean isPreferred() {
        return preference == Preference.PREFERRED;
    }

    public String directoryName() {
        return isPreferred() ? version + PREFERRED_SUFFIX : version;
    }

    @Override
    public String toString() {
        return directoryName();
    }
}
