package io.velerojava.archive;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TarballReaderTest {

    private static final GroupResource CONFIGMAPS = GroupResource.core("configmaps");
    private static final GroupResource DEPLOYMENTS = new GroupResource("apps", "deployments");
    private static final GroupResource PVS = GroupResource.core("persistentvolumes");
    private static final String VALID_ITEM = "resources/configmaps/namespaces/app/settings.json";

    @TempDir
    Path parent;

    private final TarballReader reader = new TarballReader(ExtractionLimits.defaults());

    @Test
    void roundTripThroughWriterAndReader() throws IOException {
        ItemKey settings = ItemKey.namespaced(CONFIGMAPS, "app", "settings");
        ItemKey other = ItemKey.namespaced(CONFIGMAPS, "other", "flags");
        ItemKey web = ItemKey.namespaced(DEPLOYMENTS, "app", "web");
        ItemKey pv = ItemKey.clusterScoped(PVS, "pv-1");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TarballWriter writer = TarballWriter.open(out, CompressionLevel.FAST, Clock.systemUTC())) {
            writer.writeItem(web, object("Deployment", "web"), "v1");
            writer.writeItem(settings, object("ConfigMap", "settings"), "v1");
            writer.writeItem(pv, object("PersistentVolume", "pv-1"), "v1");
            writer.writeItem(other, object("ConfigMap", "flags"), "v1");
        }

        try (ExtractedBackup backup = reader.extract(new ByteArrayInputStream(out.toByteArray()), parent)) {
            assertThat(backup.formatVersion()).contains("1.1.0");
            assertThat(backup.groupResources()).containsExactly(CONFIGMAPS, DEPLOYMENTS, PVS);
            assertThat(backup.namespaces()).containsExactly("app", "other");
            assertThat(backup.items(CONFIGMAPS)).containsExactly(settings, other);
            assertThat(backup.items(PVS)).containsExactly(pv);
            assertThat(backup.itemCount()).isEqualTo(4);
            assertThat(backup.versionDirectories(DEPLOYMENTS)).containsExactly(VersionDirectory.preferred("v1"));
            assertThat(backup.read(settings)).isEqualTo(object("ConfigMap", "settings"));
            assertThat(backup.readObject(web).path("metadata").path("name").asText()).isEqualTo("web");
            assertThat(backup.readObject(ItemPath.versioned(pv, VersionDirectory.preferred("v1")))
                    .path("kind").asText()).isEqualTo("PersistentVolume");
            assertThat(backup.contains(ItemKey.namespaced(CONFIGMAPS, "app", "missing"))).isFalse();
        }
        assertThat(parent).isEmptyDirectory();
    }

    @Test
    void eachCopyOfAnItemReadsBackAsWrittenWhetherOrNotTheCopiesAgree() throws IOException {
        String legacy = "resources/deployments.apps/namespaces/app/web.json";
        String sameAsLegacy = "resources/deployments.apps/v1-preferredversion/namespaces/app/web.json";
        String otherVersion = "resources/deployments.apps/v1beta1/namespaces/app/web.json";
        byte[] tarball = CraftedTarball.create()
                .file(sameAsLegacy, "{\"apiVersion\":\"apps/v1\"}")
                .file(legacy, "{\"apiVersion\":\"apps/v1\"}")
                .file(otherVersion, "{\"apiVersion\":\"apps/v1beta1\"}")
                .file("resources/deployments.apps/namespaces/app/api.json", "{\"apiVersion\":\"apps/v1\"}")
                .build();
        ItemKey web = ItemKey.namespaced(DEPLOYMENTS, "app", "web");

        try (ExtractedBackup backup = reader.extract(new ByteArrayInputStream(tarball), parent)) {
            assertThat(backup.read(web)).asString(UTF_8).isEqualTo("{\"apiVersion\":\"apps/v1\"}");
            assertThat(backup.read(ItemPath.versioned(web, VersionDirectory.preferred("v1"))))
                    .asString(UTF_8).isEqualTo("{\"apiVersion\":\"apps/v1\"}");
            assertThat(backup.read(ItemPath.versioned(web, VersionDirectory.nonPreferred("v1beta1"))))
                    .asString(UTF_8).isEqualTo("{\"apiVersion\":\"apps/v1beta1\"}");
            assertThat(backup.read(ItemKey.namespaced(DEPLOYMENTS, "app", "api")))
                    .asString(UTF_8).isEqualTo("{\"apiVersion\":\"apps/v1\"}");
            assertThat(backup.itemCount()).isEqualTo(2);
        }
    }

    @Test
    void concurrentReadersEachGetTheirItem() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TarballWriter writer = TarballWriter.open(out)) {
            for (int i = 0; i < 500; i++) {
                writer.writeItem(ItemKey.namespaced(CONFIGMAPS, "app", "cm-" + i), object("ConfigMap", "cm-" + i), "v1");
            }
        }

        try (ExtractedBackup backup = reader.extract(new ByteArrayInputStream(out.toByteArray()), parent)) {
            List<String> names = backup.items(CONFIGMAPS).parallelStream().map(item -> {
                try {
                    return backup.readObject(item).path("metadata").path("name").asText();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
            assertThat(names).isEqualTo(backup.items(CONFIGMAPS).stream().map(ItemKey::name).toList());
        }
    }

    @Test
    void acceptsDirectoryEntriesAndDotSlashPrefixesOfRepackedArchives() throws IOException {
        byte[] tarball = CraftedTarball.create()
                .directory("./")
                .directory("./metadata/")
                .file("./metadata/version", "1.1.0\n")
                .directory("./resources/configmaps/namespaces/app/")
                .file("./" + VALID_ITEM, "{}")
                .build();

        try (ExtractedBackup backup = reader.extract(new ByteArrayInputStream(tarball), parent)) {
            assertThat(backup.items(CONFIGMAPS)).containsExactly(ItemKey.namespaced(CONFIGMAPS, "app", "settings"));
        }
    }

    static Stream<Arguments> hostileTarballs() {
        return Stream.of(
                Arguments.of("parent traversal", CraftedTarball.create().file("../../etc/x", "pwned"),
                        "../../etc/x", "'..' path segments"),
                Arguments.of("traversal inside resources",
                        CraftedTarball.create().file("resources/../../x.json", "pwned"),
                        "resources/../../x.json", "'..' path segments"),
                Arguments.of("absolute path", CraftedTarball.create().file("/etc/x", "pwned"),
                        "/etc/x", "absolute paths"),
                Arguments.of("symlink", CraftedTarball.create()
                                .special(VALID_ITEM, TarArchiveEntry.LF_SYMLINK, "/etc/passwd"),
                        VALID_ITEM, "links are not allowed"),
                Arguments.of("hard link", CraftedTarball.create()
                                .special(VALID_ITEM, TarArchiveEntry.LF_LINK, "metadata/version"),
                        VALID_ITEM, "links are not allowed"),
                Arguments.of("character device", CraftedTarball.create()
                                .special(VALID_ITEM, TarArchiveEntry.LF_CHR, ""),
                        VALID_ITEM, "device files"),
                Arguments.of("fifo", CraftedTarball.create().special(VALID_ITEM, TarArchiveEntry.LF_FIFO, ""),
                        VALID_ITEM, "FIFOs"),
                Arguments.of("entry outside metadata and resources", CraftedTarball.create().file("bin/sh", "x"),
                        "bin/sh", "only metadata/ and resources/"),
                Arguments.of("path outside the layout",
                        CraftedTarball.create().file("resources/configmaps/app/settings.json", "{}"),
                        "resources/configmaps/app/settings.json", "not a backup tarball path"),
                Arguments.of("duplicate entry",
                        CraftedTarball.create().file(VALID_ITEM, "{}").file(VALID_ITEM, "{\"evil\":1}"),
                        VALID_ITEM, "appears twice"),
                Arguments.of("empty segment", CraftedTarball.create().file("resources//x.json", "{}"),
                        "resources//x.json", "empty or '.' path segments"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileTarballs")
    void hostileEntriesAreRejectedAndNothingIsLeftBehind(String description, CraftedTarball tarball,
                                                         String entryName, String reason) {
        assertThatThrownBy(() -> reader.extract(new ByteArrayInputStream(tarball.build()), parent))
                .isInstanceOfSatisfying(RejectedEntryException.class,
                        rejected -> assertThat(rejected.entryName()).isEqualTo(entryName))
                .hasMessageContaining("'" + entryName + "'")
                .hasMessageContaining(reason);
        assertThat(parent).isEmptyDirectory();
        assertThat(parent.resolve("../../etc/x")).doesNotExist();
    }

    @Test
    void entryOverThePerEntryLimitIsRejected() {
        TarballReader strict = new TarballReader(new ExtractionLimits(10, 1_000, 100));
        byte[] tarball = CraftedTarball.create().file(VALID_ITEM, "x".repeat(11)).build();

        assertThatThrownBy(() -> strict.extract(new ByteArrayInputStream(tarball), parent))
                .isInstanceOf(RejectedEntryException.class)
                .hasMessageContaining("size 11 exceeds the per-entry limit of 10 bytes");
        assertThat(parent).isEmptyDirectory();
    }

    @Test
    void backupOverTheTotalLimitIsRejected() {
        TarballReader strict = new TarballReader(new ExtractionLimits(10, 15, 100));
        byte[] tarball = CraftedTarball.create()
                .file("resources/configmaps/namespaces/app/a.json", "x".repeat(10))
                .file("resources/configmaps/namespaces/app/b.json", "x".repeat(10))
                .build();

        assertThatThrownBy(() -> strict.extract(new ByteArrayInputStream(tarball), parent))
                .isInstanceOfSatisfying(RejectedEntryException.class,
                        rejected -> assertThat(rejected.entryName()).endsWith("b.json"))
                .hasMessageContaining("extraction limit of 15 bytes");
    }

    @Test
    void tooManyEntriesAreRejected() {
        TarballReader strict = new TarballReader(new ExtractionLimits(10, 1_000, 1));
        byte[] tarball = CraftedTarball.create().file("metadata/version", "1.1.0\n").file(VALID_ITEM, "{}").build();

        assertThatThrownBy(() -> strict.extract(new ByteArrayInputStream(tarball), parent))
                .isInstanceOf(RejectedEntryException.class)
                .hasMessageContaining("more than 1 entries");
    }

    @Test
    void oversizedExtensionHeaderIsRefusedBeforeItIsBuffered() {
        byte[] tarball = CraftedTarball.create().fileWithPaxRecord(VALID_ITEM, "comment", "c".repeat(2 * 1024 * 1024))
                .build();

        assertThatThrownBy(() -> reader.extract(new ByteArrayInputStream(tarball), parent))
                .isInstanceOf(CorruptBackupException.class)
                .hasMessageContaining("exceeds its budget");
        assertThat(parent).isEmptyDirectory();
    }

    @Test
    void truncatedGzipIsACorruptBackup() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TarballWriter writer = TarballWriter.open(out)) {
            for (int i = 0; i < 200; i++) {
                writer.writeItem(ItemKey.namespaced(CONFIGMAPS, "app", "cm-" + i), object("ConfigMap", "cm-" + i), "v1");
            }
        }
        byte[] complete = out.toByteArray();
        byte[] truncated = Arrays.copyOf(complete, complete.length / 2);

        assertThatThrownBy(() -> reader.extract(new ByteArrayInputStream(truncated), parent))
                .isInstanceOf(CorruptBackupException.class)
                .isNotInstanceOf(RejectedEntryException.class)
                .hasMessageContaining("corrupt or truncated");
        assertThat(parent).isEmptyDirectory();
    }

    @Test
    void gzipMissingOnlyItsTrailerIsACorruptBackup() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TarballWriter writer = TarballWriter.open(out)) {
            writer.writeItem(ItemKey.namespaced(CONFIGMAPS, "app", "cm"), object("ConfigMap", "cm"), "v1");
        }
        byte[] complete = out.toByteArray();
        byte[] withoutTrailer = Arrays.copyOf(complete, complete.length - 8);

        assertThatThrownBy(() -> reader.extract(new ByteArrayInputStream(withoutTrailer), parent))
                .isInstanceOf(CorruptBackupException.class);
    }

    @Test
    void dataThatIsNotGzipIsACorruptBackup() {
        byte[] notGzip = "this is not a tarball".getBytes(UTF_8);

        assertThatThrownBy(() -> reader.extract(new ByteArrayInputStream(notGzip), parent))
                .isInstanceOf(CorruptBackupException.class)
                .hasMessageContaining("not gzip data");
        assertThat(parent).isEmptyDirectory();
    }

    @Test
    void itemThatIsNotJsonIsReportedWithItsPath() throws IOException {
        byte[] tarball = CraftedTarball.create().file(VALID_ITEM, "not json").build();

        try (ExtractedBackup backup = reader.extract(new ByteArrayInputStream(tarball), parent)) {
            assertThatThrownBy(() -> backup.readObject(ItemKey.namespaced(CONFIGMAPS, "app", "settings")))
                    .isInstanceOf(CorruptBackupException.class)
                    .hasMessageContaining(VALID_ITEM);
        }
    }

    @Test
    void extractionDirectoryIsPrivateToItsOwner() throws IOException {
        byte[] tarball = CraftedTarball.create().file(VALID_ITEM, "{}").build();

        try (ExtractedBackup backup = reader.extract(new ByteArrayInputStream(tarball), parent)) {
            List<Path> created;
            try (Stream<Path> children = Files.list(parent)) {
                created = children.toList();
            }
            assertThat(created).hasSize(1);
            assertThat(Files.getPosixFilePermissions(created.get(0)))
                    .containsExactlyInAnyOrder(java.nio.file.attribute.PosixFilePermission.OWNER_READ,
                            java.nio.file.attribute.PosixFilePermission.OWNER_WRITE,
                            java.nio.file.attribute.PosixFilePermission.OWNER_EXECUTE);
        }
    }

    private static byte[] object(String kind, String name) {
        return ("{\"kind\":\"" + kind + "\",\"metadata\":{\"name\":\"" + name + "\"}}").getBytes(UTF_8);
    }
}
