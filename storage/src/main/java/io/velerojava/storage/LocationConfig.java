package io.velerojava.storage;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a provider needs to open a backup storage location: the BSL's {@code spec.provider},
 * {@code spec.objectStorage.bucket} and {@code prefix}, {@code spec.config}, and the contents of the credential
 * Secret key and CA bundle, already read by the caller. {@link #toString()} never shows the secrets.
 */
public record LocationConfig(
        String provider,
        String bucket,
        String prefix,
        Map<String, String> config,
        Optional<byte[]> credential,
        Optional<byte[]> caCert) {

    /** The group Velero puts before bare provider names ({@code aws} means {@code velero.io/aws}). */
    public static final String DEFAULT_PROVIDER_GROUP = "velero.io/";

    public LocationConfig {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(credential, "credential");
        Objects.requireNonNull(caCert, "caCert");
        if (provider.isBlank()) {
            throw new IllegalArgumentException("backup storage location has no provider");
        }
        bucket = trimSlashes(Objects.requireNonNull(bucket, "bucket"));
        prefix = trimSlashes(prefix == null ? "" : prefix);
        if (bucket.isEmpty()) {
            throw new IllegalArgumentException("backup storage location has no bucket");
        }
        if (bucket.contains("/")) {
            throw new IllegalArgumentException("bucket \"" + bucket + "\" must not contain '/'; put the path in prefix");
        }
        config = Map.copyOf(config);
    }

    /** A location with no credential and no CA bundle. */
    public static LocationConfig of(String provider, String bucket, String prefix, Map<String, String> config) {
        return new LocationConfig(provider, bucket, prefix, config, Optional.empty(), Optional.empty());
    }

    /** The provider name as Velero resolves it: bare names get the {@code velero.io/} group. */
    public String canonicalProvider() {
        String trimmed = provider.strip();
        return trimmed.contains("/") ? trimmed : DEFAULT_PROVIDER_GROUP + trimmed;
    }

    /** A config value, absent when the key is missing; an empty value is returned as such. */
    public Optional<String> option(String key) {
        return Optional.ofNullable(config.get(key));
    }

    /**
     * Rejects config keys the provider does not know, as Velero's plugins do, so a typo such as {@code s3url} is an
     * error rather than silently ignored.
     */
    public void requireOnlyKeys(Set<String> supported) {
        Set<String> unknown = new TreeSet<>(config.keySet());
        unknown.removeAll(supported);
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("config of the " + canonicalProvider() + " location for bucket "
                    + bucket + " has unsupported keys " + unknown + "; supported keys are " + new TreeSet<>(supported));
        }
    }

    @Override
    public String toString() {
        return "LocationConfig[provider=" + provider + ", bucket=" + bucket + ", prefix=" + prefix + ", config="
                + config + ", credential=" + (credential.isPresent() ? "<redacted>" : "none") + ", caCert="
                + (caCert.isPresent() ? caCert.get().length + " bytes" : "none") + "]";
    }

    private static String trimSlashes(String value) {
        int start = 0;
        int end = value.length();
        while (start < end && value.charAt(start) == '/') {
            start++;
        }
        while (end > start && value.charAt(end - 1) == '/') {
            end--;
        }
        return value.substring(start, end).strip();
    }
}
