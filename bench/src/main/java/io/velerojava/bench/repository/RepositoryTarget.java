package io.velerojava.bench.repository;

import io.velerojava.engine.podvolume.repository.ObjectStoreBlobStorage;
import io.velerojava.repository.blob.BlobStorage;
import io.velerojava.repository.blob.LocalDirectoryBlobStorage;
import io.velerojava.storage.LocationConfig;
import io.velerojava.storage.ObjectStore;
import io.velerojava.storage.ObjectStoreRegistry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Where a benchmarked repository lives: {@code dir:<path>}, a local directory, or {@code s3:<key prefix>/}, a prefix
 * of the testenv's MinIO bucket (from {@code S3_ENDPOINT}, {@code S3_ACCESS_KEY}, {@code S3_SECRET_KEY},
 * {@code S3_BUCKET}, as {@code testenv/cluster.sh env} prints them).
 */
record RepositoryTarget(TargetKind kind, String location) {

    enum TargetKind { DIRECTORY, S3 }

    /** Blob storage of an opened target, holding the client it needs until closed. */
    record Opened(BlobStorage storage, AutoCloseable client) implements AutoCloseable {
        @Override
        public void close() throws Exception {
            client.close();
        }
    }

    static RepositoryTarget parse(String text) {
        if (text.startsWith("dir:")) {
            return new RepositoryTarget(TargetKind.DIRECTORY, text.substring("dir:".length()));
        }
        if (text.startsWith("s3:") && text.endsWith("/")) {
            return new RepositoryTarget(TargetKind.S3, text.substring("s3:".length()));
        }
        throw new IllegalArgumentException("target \"" + text + "\" must be dir:<path> or s3:<key prefix ending in />");
    }

    Opened open() throws IOException {
        return switch (kind) {
            case DIRECTORY -> new Opened(new LocalDirectoryBlobStorage(Path.of(location)), () -> { });
            case S3 -> {
                ObjectStore store = ObjectStoreRegistry.discover().open(minioLocation());
                yield new Opened(new ObjectStoreBlobStorage(store, location), store);
            }
        };
    }

    private static LocationConfig minioLocation() {
        String credentials = "[default]\naws_access_key_id=" + environment("S3_ACCESS_KEY")
                + "\naws_secret_access_key=" + environment("S3_SECRET_KEY") + "\n";
        return new LocationConfig("aws", environment("S3_BUCKET"), "",
                Map.of("region", "us-east-1", "s3ForcePathStyle", "true", "s3Url", environment("S3_ENDPOINT")),
                Optional.of(credentials.getBytes(StandardCharsets.UTF_8)), Optional.empty());
    }

    private static String environment(String name) {
        String value = System.getenv(name);
        if (value == null || value.isEmpty()) {
            throw new IllegalStateException(name + " is not set; run eval \"$(bash testenv/cluster.sh env)\" first");
        }
        return value;
    }
}
