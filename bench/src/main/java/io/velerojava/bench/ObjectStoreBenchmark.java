package io.velerojava.bench;

import io.velerojava.storage.LocationConfig;
import io.velerojava.storage.ObjectInfo;
import io.velerojava.storage.ObjectStore;
import io.velerojava.storage.ObjectStoreRegistry;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Uploads one large file and many small ones to MinIO through the {@code velero.io/aws} provider
 * ({@link ObjectStore#put}), configured as a user configures a MinIO location, and checks every object arrived.
 *
 * <p>Usage: {@code ObjectStoreBenchmark <large-file> <small-file> <small-count> <workers> <key-prefix>
 * <cleanup-prefix>}, with {@code S3_ENDPOINT}, {@code S3_ACCESS_KEY}, {@code S3_SECRET_KEY} and {@code S3_BUCKET} in
 * the environment. Prints one tab-separated line per transfer: {@code name bytes objects seconds}. Afterwards, untimed,
 * deletes every object under the cleanup prefix (which may hold the objects of the curl runs too).
 */
public final class ObjectStoreBenchmark {

    public static void main(String[] args) throws Exception {
        Path largeFile = Path.of(args[0]);
        Path smallFile = Path.of(args[1]);
        int smallCount = Integer.parseInt(args[2]);
        int workers = Integer.parseInt(args[3]);
        String prefix = args[4];
        String cleanupPrefix = args[5];

        try (ObjectStore store = ObjectStoreRegistry.discover().open(minioLocation())) {
            byte[] small = Files.readAllBytes(smallFile);
            warmUp(store, prefix, small, workers);
            long largeSize = Files.size(largeFile);
            long start = System.nanoTime();
            try (InputStream data = Files.newInputStream(largeFile)) {
                store.put(prefix + "large", data, OptionalLong.of(largeSize));
            }
            report("large", largeSize, 1, start);
            requireSize(store, prefix + "large", largeSize);

            start = System.nanoTime();
            putInParallel(store, prefix + "small/", small, smallCount, workers);
            report("small", (long) small.length * smallCount, smallCount, start);
            int stored = store.list(prefix + "small/").size();
            if (stored != smallCount) {
                throw new IllegalStateException("expected " + smallCount + " small objects, found " + stored);
            }
            deleteInParallel(store, cleanupPrefix, workers);
        }
    }

    /** Loads the SDK's classes and opens connections first, so the timings measure transfers, not start-up. */
    private static void warmUp(ObjectStore store, String prefix, byte[] small, int workers) throws Exception {
        putInParallel(store, prefix + "warm-up/", small, workers * 10, workers);
    }

    private static LocationConfig minioLocation() {
        String credentials = "[default]\naws_access_key_id=" + System.getenv("S3_ACCESS_KEY")
                + "\naws_secret_access_key=" + System.getenv("S3_SECRET_KEY") + "\n";
        Map<String, String> config = Map.of(
                "region", "minio",
                "s3Url", System.getenv("S3_ENDPOINT"),
                "s3ForcePathStyle", "true");
        return new LocationConfig("aws", System.getenv("S3_BUCKET"), "", config,
                Optional.of(credentials.getBytes(StandardCharsets.UTF_8)), Optional.empty());
    }

    private static void putInParallel(ObjectStore store, String keyPrefix, byte[] data, int count, int workers)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        try {
            List<Future<?>> puts = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                String key = keyPrefix + String.format("%05d", i);
                puts.add(pool.submit(() -> store.put(key, data)));
            }
            for (Future<?> put : puts) {
                put.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static void deleteInParallel(ObjectStore store, String prefix, int workers) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        try {
            List<Future<?>> deletes = new ArrayList<>();
            for (ObjectInfo object : store.list(prefix)) {
                deletes.add(pool.submit(() -> store.delete(object.key())));
            }
            for (Future<?> delete : deletes) {
                delete.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static void requireSize(ObjectStore store, String key, long expected) {
        long stored = store.list(key).stream().filter(info -> info.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalStateException(key + " is missing after the upload")).size();
        if (stored != expected) {
            throw new IllegalStateException(key + " has " + stored + " bytes, expected " + expected);
        }
    }

    private static void report(String name, long bytes, int objects, long startNanos) {
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        System.out.printf("%s\t%d\t%d\t%.3f%n", name, bytes, objects, seconds);
    }
}
