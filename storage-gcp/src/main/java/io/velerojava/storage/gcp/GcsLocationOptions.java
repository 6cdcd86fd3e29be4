package io.velerojava.storage.gcp;

import io.velerojava.storage.LocationConfig;
import java.net.URI;
import java.util.Optional;
import java.util.Set;

/**
 * The BSL config of a GCS location: Velero's GCP plugin keys {@code kmsKeyName}, {@code serviceAccount} and
 * {@code storeEndpoint}, plus {@code uploadChunkSize} (bytes buffered per resumable upload request).
 */
record GcsLocationOptions(
        Optional<String> kmsKeyName,
        Optional<String> serviceAccount,
        Optional<URI> endpoint,
        int uploadChunkSize) {

    static final String KMS_KEY_NAME = "kmsKeyName";
    static final String SERVICE_ACCOUNT = "serviceAccount";
    static final String STORE_ENDPOINT = "storeEndpoint";
    static final String UPLOAD_CHUNK_SIZE = "uploadChunkSize";
    static final Set<String> KEYS = Set.of(KMS_KEY_NAME, SERVICE_ACCOUNT, STORE_ENDPOINT, UPLOAD_CHUNK_SIZE);

    /** GCS wants resumable chunks in multiples of 256 KiB. */
    static final int CHUNK_GRANULARITY = 256 * 1024;
    static final int DEFAULT_UPLOAD_CHUNK_SIZE = 16 * 1024 * 1024;

    static GcsLocationOptions from(LocationConfig location) {
        location.requireOnlyKeys(KEYS);
        Optional<URI> endpoint = text(location, STORE_ENDPOINT).map(value -> {
            URI uri = URI.create(value);
            if (uri.getScheme() == null || uri.getHost() == null) {
                throw new IllegalArgumentException(STORE_ENDPOINT + " must be an absolute URL such as"
                        + " https://storage.googleapis.com, got \"" + value + "\"");
            }
            return uri;
        });
        int chunkSize = text(location, UPLOAD_CHUNK_SIZE).map(value -> {
            try {
                return Integer.parseInt(value);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(UPLOAD_CHUNK_SIZE + " must be a whole number, got \"" + value
                        + "\"");
            }
        }).orElse(DEFAULT_UPLOAD_CHUNK_SIZE);
        if (chunkSize < CHUNK_GRANULARITY || chunkSize % CHUNK_GRANULARITY != 0) {
            throw new IllegalArgumentException(UPLOAD_CHUNK_SIZE + " must be a positive multiple of 256 KiB ("
                    + CHUNK_GRANULARITY + " bytes), got " + chunkSize);
        }
        return new GcsLocationOptions(text(location, KMS_KEY_NAME), text(location, SERVICE_ACCOUNT), endpoint,
                chunkSize);
    }

    /** A plain-http endpoint is an emulator: credentials would travel in the clear, so none are sent. */
    boolean isEmulator() {
        return endpoint.map(uri -> uri.getScheme().equals("http")).orElse(false);
    }

    private static Optional<String> text(LocationConfig location, String key) {
        return location.option(key).map(String::strip).filter(value -> !value.isEmpty());
    }
}
