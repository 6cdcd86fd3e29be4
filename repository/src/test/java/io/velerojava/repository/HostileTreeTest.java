package io.velerojava.repository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.velerojava.repository.blob.BlobStorage;
import io.velerojava.repository.blob.InMemoryBlobStorage;
import io.velerojava.repository.content.ConfigBlob;
import io.velerojava.repository.content.ContentCodec;
import io.velerojava.repository.content.ContentIndex;
import io.velerojava.repository.content.ContentWriter;
import io.velerojava.repository.content.CorruptContentException;
import io.velerojava.repository.content.FastCdcChunker;
import io.velerojava.repository.content.RepositoryParameters;
import io.velerojava.repository.object.ObjectId;
import io.velerojava.repository.object.ObjectWriter;
import io.velerojava.repository.snapshot.EntryType;
import io.velerojava.repository.snapshot.ManifestStore;
import io.velerojava.repository.snapshot.SnapshotManifest;
import io.velerojava.repository.snapshot.TreeEntry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Someone with write access to the storage (but not the password) cannot forge trees; someone with the password
 * can. Either way a restore must never write outside its target.
 */
class HostileTreeTest {

    @TempDir
    Path temp;

    /** Writes a snapshot whose root tree is the given JSON, as a holder of the password could. */
    private static String forgeSnapshot(BlobStorage storage, String rootTreeJson) throws Exception {
        RepositoryParameters parameters = ConfigBlob.read(storage, RepositoryTest.PASSWORD);
        try (ContentCodec codec = new ContentCodec(parameters.keys(), parameters.compression());
                ContentWriter contents = new ContentWriter(storage, codec,
                        ContentIndex.load(storage, codec.metadataCipher()), parameters.packTargetSize(),
                        Clock.systemUTC())) {
            ObjectWriter objects = new ObjectWriter(contents, new FastCdcChunker(parameters.chunker()));
            ObjectId data = objects.write("pwned".getBytes(StandardCharsets.UTF_8));
            ObjectId tree = objects.write(rootTreeJson.replace("DATA", data.value()).getBytes(StandardCharsets.UTF_8));
            contents.flush();
            TreeEntry root = new TreeEntry(".", EntryType.DIRECTORY, 0755, null, null, null, null, tree.value(), null,
                    null, null, null);
            return new ManifestStore(storage, codec.metadataCipher()).write(new SnapshotManifest("/forged", Map.of(),
                    Instant.now().toString(), Instant.now().toString(), null, root, 1, 1, 0, 5, 5, 0));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"../escaped", "..", ".", "a/../../escaped", "/tmp/escaped", ""})
    void entryNamesThatLeaveTheTargetAreRefused(String name) throws Exception {
        BlobStorage storage = new InMemoryBlobStorage();
        try (Repository repository = Repository.create(storage, RepositoryTest.PASSWORD, RepositoryTest.TEST_OPTIONS)) {
            String json = "{\"entries\":[{\"name\":\"" + name + "\",\"type\":\"file\",\"size\":5,\"object\":\"DATA\"}]}";
            String id = forgeSnapshot(storage, json);
            Path target = temp.resolve("deep/target");

            assertThatThrownBy(() -> repository.restore(id, "", target, RestoreOptions.DEFAULT))
                    .isInstanceOf(CorruptContentException.class).hasMessageContaining("unsafe entry name");
            assertThat(temp.resolve("deep/escaped")).doesNotExist();
            assertThat(temp.resolve("escaped")).doesNotExist();
            assertThat(Path.of("/tmp/escaped")).doesNotExist();
        }
    }

    @Test
    void aSymlinkAndADirectoryOfTheSameNameAreRefused() throws Exception {
        BlobStorage storage = new InMemoryBlobStorage();
        try (Repository repository = Repository.create(storage, RepositoryTest.PASSWORD, RepositoryTest.TEST_OPTIONS)) {
            String json = "{\"entries\":[{\"name\":\"x\",\"type\":\"symlink\",\"symlinkTarget\":\"/\"},"
                    + "{\"name\":\"x\",\"type\":\"file\",\"size\":5,\"object\":\"DATA\"}]}";
            String id = forgeSnapshot(storage, json);

            assertThatThrownBy(() -> repository.restore(id, "", temp.resolve("target"), RestoreOptions.DEFAULT))
                    .isInstanceOf(CorruptContentException.class).hasMessageContaining("two entries named 'x'");
        }
    }

    @Test
    void aHardLinkToAPathOutsideTheRestoreGetsItsOwnData() throws Exception {
        BlobStorage storage = new InMemoryBlobStorage();
        try (Repository repository = Repository.create(storage, RepositoryTest.PASSWORD, RepositoryTest.TEST_OPTIONS)) {
            String json = "{\"entries\":[{\"name\":\"link\",\"type\":\"file\",\"size\":5,\"object\":\"DATA\","
                    + "\"hardLinkTo\":\"../../../etc/hostname\"}]}";
            String id = forgeSnapshot(storage, json);
            Path target = temp.resolve("target");

            repository.restore(id, "", target, RestoreOptions.DEFAULT);

            assertThat(Files.readString(target.resolve("link"))).isEqualTo("pwned");
            assertThat(Files.getAttribute(target.resolve("link"), "unix:nlink")).isEqualTo(1);
        }
    }
}
