package io.velerojava.repository.blob;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The {@link BlobStorage} contract; every implementation's test extends this (and an ObjectStore adapter should). */
public abstract class BlobStorageContract {

    protected abstract BlobStorage storage() throws Exception;

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void putThenGetReturnsTheSameBytes() throws Exception {
        BlobStorage storage = storage();
        storage.put("packs/0001-a", bytes("hello"));
        assertThat(storage.get("packs/0001-a")).isEqualTo(bytes("hello"));
        assertThat(storage.exists("packs/0001-a")).isTrue();
    }

    @Test
    void rangedGetReturnsTheRange() throws Exception {
        BlobStorage storage = storage();
        storage.put("a/b", bytes("0123456789"));
        assertThat(storage.get("a/b", 3, 4)).isEqualTo(bytes("3456"));
        assertThatThrownBy(() -> storage.get("a/b", 8, 4)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void missingBlobsAreReportedAsNotFound() throws Exception {
        BlobStorage storage = storage();
        assertThatThrownBy(() -> storage.get("nope")).isInstanceOf(BlobNotFoundException.class);
        assertThatThrownBy(() -> storage.get("nope", 0, 1)).isInstanceOf(BlobNotFoundException.class);
        assertThat(storage.exists("nope")).isFalse();
        storage.delete("nope");
    }

    @Test
    void listReturnsBlobsUnderThePrefixWithTheirLengths() throws Exception {
        BlobStorage storage = storage();
        storage.put("indexes/1", bytes("x"));
        storage.put("indexes/2", bytes("yy"));
        storage.put("packs/1", bytes("zzz"));
        storage.put("config", bytes("c"));
        assertThat(storage.list("indexes/")).containsExactlyInAnyOrder(new BlobInfo("indexes/1", 1),
                new BlobInfo("indexes/2", 2));
        assertThat(storage.list("")).hasSize(4);
        assertThat(storage.list("snapshots/")).isEmpty();
    }

    @Test
    void deleteRemovesTheBlob() throws Exception {
        BlobStorage storage = storage();
        storage.put("snapshots/x", bytes("x"));
        storage.delete("snapshots/x");
        assertThat(storage.exists("snapshots/x")).isFalse();
        assertThat(storage.list("snapshots/")).isEmpty();
    }

    @Test
    void putReplacesTheWholeBlob() throws Exception {
        BlobStorage storage = storage();
        storage.put("config", bytes("a long first version"));
        storage.put("config", bytes("short"));
        assertThat(storage.get("config")).isEqualTo(bytes("short"));
    }

    @Test
    void namesThatCouldEscapeAreRefused() throws Exception {
        BlobStorage storage = storage();
        for (String name : List.of("../x", "/abs", "a//b", "A", "a/../b", "")) {
            assertThatThrownBy(() -> storage.put(name, bytes("x"))).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void concurrentPutsOfDifferentBlobsAreAllKept() throws Exception {
        BlobStorage storage = storage();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                String name = "indexes/" + i;
                futures.add(pool.submit(() -> {
                    storage.put(name, bytes(name));
                    return null;
                }));
            }
            for (Future<?> future : futures) {
                future.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(storage.list("indexes/")).hasSize(64);
    }
}
