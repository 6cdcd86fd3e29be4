package io.velerojava.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.velerojava.storage.filesystem.FilesystemObjectStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ObjectStoreRegistryTest {

    @TempDir
    Path root;

    @Test
    void findsTheFilesystemProviderThroughTheServiceLoader() {
        assertThat(ObjectStoreRegistry.discover().providerNames()).contains("velero.io/filesystem");
    }

    @Test
    void opensALocationByItsBareProviderName() throws Exception {
        Files.createDirectories(root.resolve("bucket"));

        try (ObjectStore store = ObjectStoreRegistry.discover()
                .open(LocationConfig.of("filesystem", "bucket", "", Map.of("fspath", root.toString())))) {
            store.put("backups/b1/velero-backup.json", new byte[]{'{', '}'});

            assertThat(store).isInstanceOf(FilesystemObjectStore.class);
            assertThat(root.resolve("bucket/backups/b1/velero-backup.json")).hasContent("{}");
        }
    }

    @Test
    void anUnknownProviderIsNamedWithTheAvailableOnes() {
        assertThatThrownBy(() -> ObjectStoreRegistry.discover().open(LocationConfig.of("openstack", "b", "",
                Map.of())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("velero.io/openstack")
                .hasMessageContaining("velero.io/filesystem");
    }

    @Test
    void theFilesystemProviderNeedsAnAbsoluteRoot() {
        assertThatThrownBy(() -> ObjectStoreRegistry.discover().open(LocationConfig.of("filesystem", "b", "",
                Map.of())))
                .hasMessageContaining("fspath");
        assertThatThrownBy(() -> ObjectStoreRegistry.discover().open(LocationConfig.of("filesystem", "b", "",
                Map.of("fspath", "relative/dir"))))
                .hasMessageContaining("absolute");
    }
}
