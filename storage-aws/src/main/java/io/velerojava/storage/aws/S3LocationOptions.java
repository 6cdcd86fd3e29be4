package io.velerojava.storage.aws;

import io.velerojava.storage.LocationConfig;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.services.s3.model.ChecksumAlgorithm;
import software.amazon.awssdk.services.s3.model.ServerSideEncryption;

/**
 * The BSL config of an S3 location, parsed and checked. Keys and meanings follow Velero's AWS plugin; the two
 * upload keys are ours.
 */
record S3LocationOptions(
        Optional<String> region,
        Optional<URI> s3Url,
        boolean forcePathStyle,
        Optional<URI> publicUrl,
        boolean insecureSkipTlsVerify,
        String profile,
        Optional<ServerSideEncryption> serverSideEncryption,
        Optional<String> kmsKeyId,
        Optional<String> tagging,
        Optional<ChecksumAlgorithm> checksumAlgorithm,
        long multipartChunkSize,
        int uploadParallelism) {

    static final String REGION = "region";
    static final String S3_URL = "s3Url";
    static final String S3_FORCE_PATH_STYLE = "s3ForcePathStyle";
    static final String PUBLIC_URL = "publicUrl";
    static final String INSECURE_SKIP_TLS_VERIFY = "insecureSkipTLSVerify";
    static final String PROFILE = "profile";
    static final String SERVER_SIDE_ENCRYPTION = "serverSideEncryption";
    static final String KMS_KEY_ID = "kmsKeyId";
    static final String TAGGING = "tagging";
    static final String CHECKSUM_ALGORITHM = "checksumAlgorithm";
    static final String SIGNATURE_VERSION = "signatureVersion";
    static final String ENABLE_SHARED_CONFIG = "enableSharedConfig";
    static final String MULTIPART_CHUNK_SIZE = "multiPartChunkSize";
    static final String UPLOAD_PARALLELISM = "uploadParallelism";

    static final Set<String> KEYS = Set.of(REGION, S3_URL, S3_FORCE_PATH_STYLE, PUBLIC_URL, INSECURE_SKIP_TLS_VERIFY,
            PROFILE, SERVER_SIDE_ENCRYPTION, KMS_KEY_ID, TAGGING, CHECKSUM_ALGORITHM, SIGNATURE_VERSION,
            ENABLE_SHARED_CONFIG, MULTIPART_CHUNK_SIZE, UPLOAD_PARALLELISM);

    static final String DEFAULT_PROFILE = "default";
    static final long MIN_CHUNK_SIZE = 5L * 1024 * 1024;
    /** Parts are held in memory while they upload (S3 itself would take 5 GiB): a Java array ends below 2 GiB. */
    static final long MAX_CHUNK_SIZE = 1024L * 1024 * 1024;
    static final long DEFAULT_CHUNK_SIZE = 16L * 1024 * 1024;
    static final int DEFAULT_UPLOAD_PARALLELISM = 4;

    static S3LocationOptions from(LocationConfig location) {
        location.requireOnlyKeys(KEYS);
        Parser parser = new Parser(location);
        location.option(SIGNATURE_VERSION).filter(v -> !v.isEmpty() && !v.equals("4")).ifPresent(v -> {
            throw new IllegalArgumentException(SIGNATURE_VERSION + " \"" + v + "\" is not supported; only Signature"
                    + " Version 4 is (remove the key or set it to 4)");
        });
        parser.bool(ENABLE_SHARED_CONFIG); // AWS SDK v2 always reads the shared config; the key is only checked.
        Optional<String> kmsKeyId = parser.text(KMS_KEY_ID);
        Optional<ServerSideEncryption> sse = kmsKeyId.isPresent()
                ? Optional.of(ServerSideEncryption.AWS_KMS)
                : parser.text(SERVER_SIDE_ENCRYPTION).map(S3LocationOptions::serverSideEncryption);
        long chunkSize = parser.longValue(MULTIPART_CHUNK_SIZE, DEFAULT_CHUNK_SIZE);
        if (chunkSize < MIN_CHUNK_SIZE || chunkSize > MAX_CHUNK_SIZE) {
            throw new IllegalArgumentException(MULTIPART_CHUNK_SIZE + " must be between 5 MiB (" + MIN_CHUNK_SIZE
                    + ") and 1 GiB (" + MAX_CHUNK_SIZE + ") bytes (parts are held in memory), got " + chunkSize);
        }
        int parallelism = (int) parser.longValue(UPLOAD_PARALLELISM, DEFAULT_UPLOAD_PARALLELISM);
        if (parallelism < 1 || parallelism > 64) {
            throw new IllegalArgumentException(UPLOAD_PARALLELISM + " must be between 1 and 64, got " + parallelism);
        }
        return new S3LocationOptions(
                parser.text(REGION),
                parser.uri(S3_URL),
                parser.bool(S3_FORCE_PATH_STYLE),
                parser.uri(PUBLIC_URL),
                parser.bool(INSECURE_SKIP_TLS_VERIFY),
                parser.text(PROFILE).orElse(DEFAULT_PROFILE),
                sse,
                kmsKeyId,
                parser.text(TAGGING),
                checksumAlgorithm(location.option(CHECKSUM_ALGORITHM)),
                chunkSize,
                parallelism);
    }

    /** Velero: absent means CRC32, the empty string turns checksums off. */
    private static Optional<ChecksumAlgorithm> checksumAlgorithm(Optional<String> configured) {
        if (configured.isEmpty()) {
            return Optional.of(ChecksumAlgorithm.CRC32);
        }
        String value = configured.get().strip();
        if (value.isEmpty()) {
            return Optional.empty();
        }
        ChecksumAlgorithm algorithm = ChecksumAlgorithm.fromValue(value.toUpperCase(Locale.ROOT));
        if (algorithm == ChecksumAlgorithm.UNKNOWN_TO_SDK_VERSION) {
            throw new IllegalArgumentException(CHECKSUM_ALGORITHM + " \"" + value + "\" is not one of "
                    + ChecksumAlgorithm.knownValues() + " or \"\" (no checksum)");
        }
        return Optional.of(algorithm);
    }

    private static ServerSideEncryption serverSideEncryption(String value) {
        ServerSideEncryption sse = ServerSideEncryption.fromValue(value);
        if (sse == ServerSideEncryption.UNKNOWN_TO_SDK_VERSION) {
            throw new IllegalArgumentException(SERVER_SIDE_ENCRYPTION + " \"" + value + "\" is not one of "
                    + ServerSideEncryption.knownValues());
        }
        return sse;
    }

    /** Reads typed values, treating empty strings as absent and naming the key in every error. */
    private record Parser(LocationConfig location) {

        Optional<String> text(String key) {
            return location.option(key).map(String::strip).filter(v -> !v.isEmpty());
        }

        boolean bool(String key) {
            return text(key).map(value -> switch (value.toLowerCase(Locale.ROOT)) {
                case "true" -> true;
                case "false" -> false;
                default -> throw new IllegalArgumentException(key + " must be true or false, got \"" + value + "\"");
            }).orElse(false);
        }

        long longValue(String key, long defaultValue) {
            return text(key).map(value -> {
                try {
                    return Long.parseLong(value);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(key + " must be a whole number, got \"" + value + "\"");
                }
            }).orElse(defaultValue);
        }

        Optional<URI> uri(String key) {
            return text(key).map(value -> {
                URI uri = URI.create(value);
                if (uri.getScheme() == null || uri.getHost() == null) {
                    throw new IllegalArgumentException(key + " must be an absolute URL such as"
                            + " https://minio.example:9000, got \"" + value + "\"");
                }
                return uri;
            });
        }
    }
}
