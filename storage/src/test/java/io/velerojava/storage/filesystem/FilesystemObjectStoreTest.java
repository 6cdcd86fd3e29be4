package io.velerojava.storage.filesystem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.velerojava.storage.ObjectStore;
import io.velerojava.storage.ObjectStoreContract;
import io.velerojava.storage.ObjectStoreException;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The contract on a temp directory, plus what only a directory can get wrong: traversal and staging files. */
class FilesystemObjectStoreTest extends ObjectStoreContract {

    private static SignedUrlServer urlServer;

    @TempDir
    Path root;

    private ObjectStore store;

    @BeforeAll
    static void startUrlServer() throws IOException {
        urlServer = SignedUrlServer.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                Optional.empty());
    }

    @AfterAll
    static void stopUrlServer() {
        urlServer.close();
    }

    @BeforeEach
    void openStore() throws IOException {
        Files.createDirectories(root.resolve("bucket"));
        store = new FilesystemObjectStore(root.resolve("bucket"), Optional.of(urlServer.signer()));
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    @Override
    protected ObjectStore store() {
        return store;
    }

    @ParameterizedTest
    @ValueSource(strings = {"../escape", "a/../../escape", "/etc/passwd", "a\\b", "a\0b", "a//b", "a/./b", "a/",
            "", ".velero-tmp-x"})
    void keysThatCouldLeaveTheBucketAreRejected(String key) {
        assertThatThrownBy(() -> store.put(key, bytes("x")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("invalid object key");
        assertThatThrownBy(() -> store.get(key)).isInstanceOf(IllegalArgumentException.class);
        assertThat(root).isDirectoryNotContaining(path -> !path.getFileName().toString().equals("bucket"));
    }

    @Test
    void prefixesThatCouldLeaveTheBucketAreRejected() {
        assertThatThrownBy(() -> store.list("../")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.listCommonPrefixes("a/../../", "/"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aFailedPutLeavesNoStagingFileOrEmptyDirectory() {
        assertThatThrownBy(() -> store.put("backups/b1/b1.tar.gz", new FailingStream(), OptionalLong.empty()))
                .isInstanceOf(ObjectStoreException.class);

        assertThat(root.resolve("bucket")).isEmptyDirectory();
    }

    @Test
    void stagingFilesOfUploadsInProgressAreNotListed() throws IOException {
        store.put("backups/b1/velero-backup.json", bytes("{}"));
        Files.writeString(root.resolve("bucket/backups/b1/.velero-tmp-123"), "partial");

        assertThat(store.list("backups/")).extracting(o -> o.key()).containsExactly("backups/b1/velero-backup.json");
    }

    @Test
    void aMissingBucketDirectoryIsNamedInTheError() {
        ObjectStore missing = new FilesystemObjectStore(root.resolve("no-such-bucket"), Optional.empty());

        assertThatThrownBy(() -> missing.listCommonPrefixes("", "/"))
                .isInstanceOf(ObjectStoreException.class)
                .hasMessageContaining("no-such-bucket")
                .hasMessageContaining("does not exist");
    }

    @Test
    void aKeyBelowAnExistingObjectIsRejectedWithoutDamage() {
        store.put("backups/b1", bytes("object"));

        assertThatThrownBy(() -> store.put("backups/b1/velero-backup.json", bytes("{}")))
                .isInstanceOf(ObjectStoreException.class)
                .hasMessageContaining("backups/b1");

        assertThat(read(store.get("backups/b1"))).isEqualTo(bytes("object"));
    }

    @Test
    void withoutADownloadEndpointSignedUrlsFailWithTheReason() {
        ObjectStore withoutEndpoint = new FilesystemObjectStore(root.resolve("bucket"), Optional.empty());

        assertThatThrownBy(() -> withoutEndpoint.signedDownloadUrl("backups/b1/b1-logs.gz",
                java.time.Duration.ofMinutes(10)))
                .isInstanceOf(ObjectStoreException.class)
                .hasMessageContaining("download endpoint");
    }

    /** Fails after some bytes, like a tarball writer that hit an error. */
    private static final class FailingStream extends InputStream {
        private int served;

        @Override
        public int read() throws IOException {
            if (served++ > 1000) {
                throw new IOException("source failed");
            }
            return 'x';
        }
    }
}
