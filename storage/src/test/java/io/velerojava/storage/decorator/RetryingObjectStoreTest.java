package io.velerojava.storage.decorator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.velerojava.storage.ObjectNotFoundException;
import io.velerojava.storage.TransientStorageException;
import io.velerojava.storage.filesystem.FilesystemObjectStore;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RetryingObjectStoreTest {

    private static final RetryPolicy POLICY = new RetryPolicy(4, Duration.ofMillis(100), Duration.ofMillis(300));

    @TempDir
    Path root;

    private FilesystemObjectStore disk;
    private final List<Duration> sleeps = new ArrayList<>();

    @BeforeEach
    void openDisk() throws IOException {
        disk = new FilesystemObjectStore(Files.createDirectories(root.resolve("bucket")), Optional.empty());
    }

    @Test
    void transientFailuresAreRetriedWithGrowingBoundedBackoff() {
        FlakyObjectStore flaky = new FlakyObjectStore(disk, 3);
        RetryingObjectStore store = new RetryingObjectStore(flaky, POLICY, sleeps::add);

        store.put("k", new byte[]{1, 2, 3});

        assertThat(disk.getBytes("k")).containsExactly(1, 2, 3);
        assertThat(flaky.calls).isEqualTo(4);
        assertThat(sleeps).hasSize(3);
        assertThat(sleeps.get(0)).isBetween(Duration.ofMillis(50), Duration.ofMillis(100));
        assertThat(sleeps.get(1)).isBetween(Duration.ofMillis(100), Duration.ofMillis(200));
        assertThat(sleeps.get(2)).isBetween(Duration.ofMillis(150), Duration.ofMillis(300));
    }

    @Test
    void theLastTransientFailureIsThrownWhenAttemptsRunOut() {
        FlakyObjectStore flaky = new FlakyObjectStore(disk, 10);
        RetryingObjectStore store = new RetryingObjectStore(flaky, POLICY, sleeps::add);

        assertThatThrownBy(() -> store.exists("k")).isInstanceOf(TransientStorageException.class);
        assertThat(flaky.calls).isEqualTo(4);
    }

    @Test
    void otherFailuresAreNotRetried() {
        FlakyObjectStore counting = new FlakyObjectStore(disk, 0);
        RetryingObjectStore store = new RetryingObjectStore(counting, POLICY, sleeps::add);

        assertThatThrownBy(() -> store.get("missing")).isInstanceOf(ObjectNotFoundException.class);
        assertThat(counting.calls).isEqualTo(1);
        assertThat(sleeps).isEmpty();
    }

    @Test
    void aStreamThatCannotBeRewoundIsTriedOnce() {
        FlakyObjectStore flaky = new FlakyObjectStore(disk, 1);
        RetryingObjectStore store = new RetryingObjectStore(flaky, POLICY, sleeps::add);
        InputStream oneShot = new ByteArrayInputStream(new byte[]{1}) {
            @Override
            public boolean markSupported() {
                return false;
            }
        };

        assertThatThrownBy(() -> store.put("k", oneShot, OptionalLong.of(1)))
                .isInstanceOf(TransientStorageException.class);
        assertThat(flaky.calls).isEqualTo(1);
    }
}
