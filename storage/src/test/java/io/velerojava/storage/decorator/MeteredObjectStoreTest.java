package io.velerojava.storage.decorator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.velerojava.storage.ObjectNotFoundException;
import io.velerojava.storage.filesystem.FilesystemObjectStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MeteredObjectStoreTest {

    @TempDir
    Path root;

    @Test
    void timesOperationsByOutcome() throws Exception {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        MeteredObjectStore store = new MeteredObjectStore(new FilesystemObjectStore(
                Files.createDirectories(root.resolve("bucket")), Optional.empty()), registry, "default");

        store.put("a", new byte[]{1});
        store.put("b", new byte[]{2});
        assertThatThrownBy(() -> store.get("missing")).isInstanceOf(ObjectNotFoundException.class);

        assertThat(registry.get(MeteredObjectStore.TIMER_NAME).tags("location", "default", "operation", "put",
                "outcome", "success").timer().count()).isEqualTo(2);
        assertThat(registry.get(MeteredObjectStore.TIMER_NAME).tags("operation", "get", "outcome", "not_found")
                .timer().count()).isEqualTo(1);
    }
}
