package io.velerojava.storage.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.velerojava.storage.ObjectInfo;
import io.velerojava.storage.ObjectNotFoundException;
import io.velerojava.storage.ObjectStore;
import io.velerojava.storage.ObjectStoreException;
import io.velerojava.storage.decorator.ObjectStoreDecorator;
import io.velerojava.storage.decorator.ObjectStoreOperation;
import io.velerojava.storage.filesystem.FilesystemObjectStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupStoreTest {

    @TempDir
    Path root;

    private RecordingStore recording;
    private BackupStore backups;

    @BeforeEach
    void open() throws IOException {
        recording = new RecordingStore(new FilesystemObjectStore(Files.createDirectories(root.resolve("bucket")),
                Optional.empty()));
        backups = new BackupStore(recording, "cluster-a");
    }

    @Test
    void putBackupWritesLogTarballSidecarsAndMetadataLast() {
        backups.putBackup(upload("b1", Map.of(
                BackupFile.RESULTS, Payload.of(bytes("results")),
                BackupFile.RESOURCE_LIST, Payload.of(bytes("list")),
                BackupFile.VOLUME_INFO, Payload.of(bytes("info")),
                BackupFile.ITEM_OPERATIONS, Payload.of(bytes("ops")),
                BackupFile.POD_VOLUME_BACKUPS, Payload.of(bytes("pvbs")),
                BackupFile.VOLUME_SNAPSHOTS, Payload.of(bytes("snaps")))));

        assertThat(recording.puts).containsExactly(
                "cluster-a/backups/b1/b1-logs.gz",
                "cluster-a/backups/b1/b1.tar.gz",
                "cluster-a/backups/b1/b1-podvolumebackups.json.gz",
                "cluster-a/backups/b1/b1-volumesnapshots.json.gz",
                "cluster-a/backups/b1/b1-itemoperations.json.gz",
                "cluster-a/backups/b1/b1-resource-list.json.gz",
                "cluster-a/backups/b1/b1-results.gz",
                "cluster-a/backups/b1/b1-volumeinfo.json.gz",
                "cluster-a/backups/b1/velero-backup.json");
        assertThat(backups.backupExists("b1")).isTrue();
        assertThat(backups.getBackupMetadata("b1")).isEqualTo(bytes("{\"metadata\":{\"name\":\"b1\"}}"));
        assertThat(read(backups.getBackupContents("b1"))).isEqualTo(bytes("tarball"));
    }

    @Test
    void aFailedTarballLeavesOnlyTheLogAndNoBackup() {
        recording.failPutsOf("cluster-a/backups/b1/b1.tar.gz");

        assertThatThrownBy(() -> backups.putBackup(upload("b1", Map.of())))
                .isInstanceOf(ObjectStoreException.class);

        assertThat(backups.backupExists("b1")).isFalse();
        assertThat(keys()).containsExactly("cluster-a/backups/b1/b1-logs.gz");
    }

    @Test
    void aFailedSidecarDeletesTheTarballAndTheSidecarsWritten() {
        recording.failPutsOf("cluster-a/backups/b1/b1-results.gz");

        assertThatThrownBy(() -> backups.putBackup(upload("b1", Map.of(
                BackupFile.RESOURCE_LIST, Payload.of(bytes("list")),
                BackupFile.RESULTS, Payload.of(bytes("results"))))))
                .isInstanceOf(ObjectStoreException.class);

        assertThat(keys()).containsExactly("cluster-a/backups/b1/b1-logs.gz");
    }

    @Test
    void aFailedMetadataPutDeletesEverythingButTheLog() {
        recording.failPutsOf("cluster-a/backups/b1/velero-backup.json");

        assertThatThrownBy(() -> backups.putBackup(upload("b1", Map.of(
                BackupFile.RESULTS, Payload.of(bytes("results"))))))
                .isInstanceOf(ObjectStoreException.class);

        assertThat(keys()).containsExactly("cluster-a/backups/b1/b1-logs.gz");
    }

    @Test
    void aFailedLogDoesNotFailTheBackup() {
        recording.failPutsOf("cluster-a/backups/b1/b1-logs.gz");

        backups.putBackup(upload("b1", Map.of()));

        assertThat(keys()).containsExactly("cluster-a/backups/b1/b1.tar.gz",
                "cluster-a/backups/b1/velero-backup.json");
    }

    @Test
    void anExistingBackupIsNeverOverwritten() {
        backups.putBackup(upload("b1", Map.of()));
        recording.puts.clear();

        assertThatThrownBy(() -> backups.putBackup(upload("b1", Map.of())))
                .isInstanceOf(BackupAlreadyExistsException.class)
                .hasMessageContaining("b1");
        assertThat(recording.puts).isEmpty();
    }

    @Test
    void sidecarsOnlyAcceptSidecarFiles() {
        assertThatThrownBy(() -> upload("b1", Map.of(BackupFile.METADATA, Payload.of(bytes("x")))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("METADATA");
    }

    @Test
    void listsBackupDirectoriesAndFindsMissingSidecarsAsEmpty() {
        backups.putBackup(upload("b2", Map.of()));
        backups.putBackup(upload("b1", Map.of(BackupFile.RESULTS, Payload.of(bytes("results")))));

        assertThat(backups.listBackups()).containsExactly("b1", "b2");
        assertThat(backups.findBackupFile("b1", BackupFile.RESULTS).map(BackupStoreTest::read))
                .contains(bytes("results"));
        assertThat(backups.findBackupFile("b2", BackupFile.RESULTS)).isEmpty();
        assertThat(backups.findBackupFile("b2", BackupFile.CSI_VOLUME_SNAPSHOTS)).isEmpty();
    }

    @Test
    void missingMetadataOrContentsIsNotFound() {
        assertThatThrownBy(() -> backups.getBackupMetadata("none")).isInstanceOf(ObjectNotFoundException.class);
        assertThatThrownBy(() -> backups.getBackupContents("none")).isInstanceOf(ObjectNotFoundException.class);
    }

    @Test
    void deleteBackupRemovesOnlyThatBackup() {
        backups.putBackup(upload("b1", Map.of(BackupFile.RESULTS, Payload.of(bytes("r")))));
        backups.putBackup(upload("b10", Map.of()));

        backups.deleteBackup("b1");

        assertThat(backups.listBackups()).containsExactly("b10");
        assertThat(keys()).allMatch(key -> key.startsWith("cluster-a/backups/b10/"));
    }

    @Test
    void restoreFilesRoundTripAndDeleteTogether() {
        backups.putRestoreFile("r1", RestoreFile.LOG, Payload.of(bytes("log")));
        backups.putRestoreFile("r1", RestoreFile.VOLUME_INFO, Payload.of(bytes("info")));
        backups.putRestoreFile("r10", RestoreFile.LOG, Payload.of(bytes("other")));

        assertThat(backups.findRestoreFile("r1", RestoreFile.VOLUME_INFO).map(BackupStoreTest::read))
                .contains(bytes("info"));
        assertThat(backups.findRestoreFile("r1", RestoreFile.RESULTS)).isEmpty();

        backups.deleteRestore("r1");

        assertThat(keys()).containsExactly("cluster-a/restores/r10/restore-r10-logs.gz");
    }

    @Test
    void putBackupFileReplacesOneFile() {
        backups.putBackup(upload("b1", Map.of()));

        backups.putBackupFile("b1", BackupFile.METADATA, Payload.of(bytes("{\"status\":\"Completed\"}")));

        assertThat(backups.getBackupMetadata("b1")).isEqualTo(bytes("{\"status\":\"Completed\"}"));
    }

    @Test
    void validateAcceptsVelerosDirectories() {
        for (String dir : List.of("backups/b/x", "restores/r/x", "restic/ns/x", "kopia/ns/x", "metadata/revision",
                "plugins/p/x")) {
            recording.put("cluster-a/" + dir, bytes("x"));
        }

        backups.validate();
    }

    @Test
    void validateNamesForeignTopLevelDirectories() {
        recording.put("cluster-a/backups/b/x", bytes("x"));
        recording.put("cluster-a/photos/cat.jpg", bytes("x"));
        recording.put("cluster-a/other/x", bytes("x"));

        assertThatThrownBy(() -> backups.validate())
                .isInstanceOf(InvalidBackupStoreException.class)
                .hasMessageContaining("2 invalid top-level directories under prefix cluster-a/: [other, photos]");
    }

    @Test
    void validateShowsAtMostThreeForeignDirectories() {
        for (String dir : List.of("a", "b", "c", "d", "e")) {
            recording.put(dir + "/x", bytes("x"));
        }

        assertThatThrownBy(() -> new BackupStore(recording, "").validate())
                .hasMessageContaining("5 invalid top-level directories under the bucket root: [a, b, c] and 2 more");
    }

    @Test
    void validateReportsAStoreThatCannotBeListed() {
        BackupStore unreachable = new BackupStore(new FilesystemObjectStore(root.resolve("missing"),
                Optional.empty()), "");

        assertThatThrownBy(unreachable::validate)
                .isInstanceOf(ObjectStoreException.class)
                .hasMessageContaining("does not exist");
    }

    @Test
    void downloadUrlsAreSignedForTheKeyOfTheKind() {
        BackupStore signing = new BackupStore(new KeyEchoingStore(recording), "cluster-a");

        assertThat(signing.getDownloadUrl(DownloadTargetKind.RESTORE_VOLUME_INFO, "r1"))
                .hasToString("https://signed.example/cluster-a/restores/r1/r1-volumeinfo.json.gz?ttl=PT10M");
        assertThat(signing.getDownloadUrl(DownloadTargetKind.BACKUP_LOG, "b1"))
                .hasToString("https://signed.example/cluster-a/backups/b1/b1-logs.gz?ttl=PT10M");
    }

    private static BackupUpload upload(String name, Map<BackupFile, Payload> sidecars) {
        return new BackupUpload(name, bytes("{\"metadata\":{\"name\":\"" + name + "\"}}"),
                Payload.of(bytes("tarball")), Optional.of(Payload.of(bytes("log"))), sidecars);
    }

    private List<String> keys() {
        return recording.list("").stream().map(ObjectInfo::key).toList();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] read(InputStream in) {
        try (in) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Records the keys put, and fails puts of chosen keys. */
    private static final class RecordingStore extends ObjectStoreDecorator {
        final List<String> puts = new ArrayList<>();
        private final List<String> failing = new ArrayList<>();

        RecordingStore(ObjectStore delegate) {
            super(delegate);
        }

        void failPutsOf(String key) {
            failing.add(key);
        }

        @Override
        protected <T> T around(ObjectStoreOperation operation, String target, Supplier<T> call) {
            if (operation == ObjectStoreOperation.PUT) {
                puts.add(target);
                if (failing.contains(target)) {
                    throw new ObjectStoreException("injected failure of " + target);
                }
            }
            return call.get();
        }
    }

    /** Signs by echoing the key and lifetime, to show which key a download kind resolves to. */
    private static final class KeyEchoingStore extends ObjectStoreDecorator {
        KeyEchoingStore(ObjectStore delegate) {
            super(delegate);
        }

        @Override
        public URI signedDownloadUrl(String key, java.time.Duration ttl) {
            return URI.create("https://signed.example/" + key + "?ttl=" + ttl);
        }

        @Override
        protected <T> T around(ObjectStoreOperation operation, String target, Supplier<T> call) {
            return call.get();
        }
    }
}
