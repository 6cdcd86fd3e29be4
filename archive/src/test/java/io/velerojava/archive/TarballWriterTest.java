package io.velerojava.archive;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.velerojava.archive.TarEntries.RawEntry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.junit.jupiter.api.Test;

class TarballWriterTest {

    private static final Instant NOW = Instant.parse("2026-05-20T10:15:30Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final GroupResource CONFIGMAPS = GroupResource.core("configmaps");
    private static final GroupResource DEPLOYMENTS = new GroupResource("apps", "deployments");
    private static final GroupResource PVS = GroupResource.core("persistentvolumes");

    @Test
    void writesVersionFirstThenBothCopiesOfEachItemInOrder() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TarballWriter writer = TarballWriter.open(out, CompressionLevel.BALANCED, CLOCK)) {
            writer.writeItem(ItemKey.namespaced(CONFIGMAPS, "app", "settings"), json("cm"), "v1");
            writer.writeItem(ItemKey.namespaced(DEPLOYMENTS, "app", "web"), json("deploy"), "v1");
            writer.writeItem(ItemKey.clusterScoped(PVS, "pv-1"), json("pv"), "v1");
        }

        assertThat(TarEntries.names(out.toByteArray())).containsExactly(
                "metadata/version",
                "resources/configmaps/namespaces/app/settings.json",
                "resources/configmaps/v1-preferredversion/namespaces/app/settings.json",
                "resources/deployments.apps/namespaces/app/web.json",
                "resources/deployments.apps/v1-preferredversion/namespaces/app/web.json",
                "resources/persistentvolumes/cluster/pv-1.json",
                "resources/persistentvolumes/v1-preferredversion/cluster/pv-1.json");
    }

    @Test
    void entriesAreRegularFilesWithVeleroHeaderFields() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TarballWriter writer = TarballWriter.open(out, CompressionLevel.FAST, CLOCK)) {
            writer.writeItem(ItemKey.namespaced(CONFIGMAPS, "app", "settings"), json("cm"), "v1");
        }

        List<RawEntry> entries = TarEntries.read(out.toByteArray());
        assertThat(entries.get(0).content()).asString(UTF_8).isEqualTo("1.1.0\n");
        assertThat(entries.get(1).content()).isEqualTo(json("cm"));
        assertThat(entries.get(2).content()).isEqualTo(json("cm"));
        assertThat(entries).allSatisfy(entry -> {
            assertThat(entry.linkFlag()).isEqualTo(TarArchiveEntry.LF_NORMAL);
            assertThat(entry.mode()).isEqualTo(0755);
            assertThat(entry.uid()).isZero();
            assertThat(entry.gid()).isZero();
            assertThat(entry.mtimeMillis()).isEqualTo(NOW.toEpochMilli());
        });
    }

    @Test
    void aSubSecondClockWritesWholeSecondsAndNoPaxHeaders() throws IOException {
        Clock subSecond = Clock.fixed(NOW.plusMillis(123), ZoneOffset.UTC);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TarballWriter writer = TarballWriter.open(out, CompressionLevel.FAST, subSecond)) {
            writer.writeItem(ItemKey.namespaced(CONFIGMAPS, "app", "settings"), json("cm"), "v1");
        }

        assertThat(TarEntries.read(out.toByteArray())).extracting(RawEntry::mtimeMillis)
                .containsOnly(NOW.toEpochMilli());
        assertThat(TarEntries.typeFlags(out.toByteArray())).containsExactly('0', '0', '0');
    }

    @Test
    void longAndNonAsciiNamesSurviveInPaxHeaders() throws IOException {
        String longName = "n".repeat(253);
        GroupResource widgets = new GroupResource("example.com", "widgets");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TarballWriter writer = TarballWriter.open(out, CompressionLevel.FAST, CLOCK)) {
            writer.writeItem(ItemKey.namespaced(widgets, "ns", longName), json("long"), "v1");
            writer.writeItem(ItemKey.namespaced(widgets, "ns", "caf\u00e9-\u4e2d"), json("utf8"), "v1");
            // A 91-byte path makes a 98-byte record body: the record's length grows from 2 digits to 3.
            writer.writeItem(ItemKey.namespaced(widgets, "ns", "\u00e9" + "m".repeat(40)), json("boundary"), "v1");
        }

        List<RawEntry> entries = TarEntries.read(out.toByteArray());
        assertThat(entries).extracting(RawEntry::name).containsExactly(
                "metadata/version",
                "resources/widgets.example.com/namespaces/ns/" + longName + ".json",
                "resources/widgets.example.com/v1-preferredversion/namespaces/ns/" + longName + ".json",
                "resources/widgets.example.com/namespaces/ns/caf\u00e9-\u4e2d.json",
                "resources/widgets.example.com/v1-preferredversion/namespaces/ns/caf\u00e9-\u4e2d.json",
                "resources/widgets.example.com/namespaces/ns/\u00e9" + "m".repeat(40) + ".json",
                "resources/widgets.example.com/v1-preferredversion/namespaces/ns/\u00e9" + "m".repeat(40) + ".json");
        assertThat(entries.get(2).content()).isEqualTo(json("long"));
        assertThat(entries.get(4).content()).isEqualTo(json("utf8"));
        assertThat(entries.get(5).content()).isEqualTo(json("boundary"));
        assertThat(TarEntries.typeFlags(out.toByteArray()))
                .containsExactly('0', 'x', '0', 'x', '0', 'x', '0', 'x', '0', 'x', '0', 'x', '0');
    }

    @Test
    void headersAreUstarAsGoWritesThem() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TarballWriter writer = TarballWriter.open(out, CompressionLevel.FAST, CLOCK)) {
            writer.writeItem(ItemKey.namespaced(CONFIGMAPS, "app", "settings"), json("cm"), "v1");
        }

        byte[] tar = TarEntries.uncompressed(out.toByteArray());
        byte[] header = java.util.Arrays.copyOfRange(tar, 1024, 1536);
        assertThat(field(header, 0, 100)).isEqualTo("resources/configmaps/namespaces/app/settings.json");
        assertThat(field(header, 100, 8)).isEqualTo("0000755");
        assertThat(field(header, 108, 8)).isEqualTo("0000000");
        assertThat(field(header, 124, 12)).isEqualTo(String.format("%011o", json("cm").length));
        assertThat(field(header, 136, 12)).isEqualTo(String.format("%011o", NOW.getEpochSecond()));
        assertThat(new String(header, 257, 8, UTF_8)).isEqualTo("ustar\u000000");
        assertThat(field(header, 265, 32)).isEmpty();
        long sum = 0;
        for (int i = 0; i < 512; i++) {
            sum += i >= 148 && i < 156 ? ' ' : header[i] & 0xff;
        }
        assertThat(new String(header, 148, 8, UTF_8)).isEqualTo(String.format("%06o", sum) + "\u0000 ");
        // Two zero blocks end the archive, as Go's writer leaves it.
        assertThat(tar.length).isEqualTo(512 + 512 + 2 * (512 + 512) + 1024);
    }

    private static String field(byte[] header, int offset, int length) {
        int end = offset;
        while (end < offset + length && header[end] != 0) {
            end++;
        }
        return new String(header, offset, end - offset, UTF_8);
    }

    @Test
    void parallelWritersKeepEveryItemsTwoCopiesAdjacent() throws Exception {
        int threads = 8;
        int itemsPerThread = 200;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TarballWriter writer = TarballWriter.open(out, CompressionLevel.FAST, CLOCK)) {
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            List<Future<?>> tasks = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                String namespace = "ns-" + t;
                tasks.add(pool.submit(() -> {
                    for (int i = 0; i < itemsPerThread; i++) {
                        writer.writeItem(ItemKey.namespaced(CONFIGMAPS, namespace, "cm-" + i), json(namespace + i), "v1");
                    }
                    return null;
                }));
            }
            for (Future<?> task : tasks) {
                task.get();
            }
            pool.shutdown();
            assertThat(writer.itemsWritten()).isEqualTo((long) threads * itemsPerThread);
        }

        List<RawEntry> entries = TarEntries.read(out.toByteArray());
        assertThat(entries).hasSize(1 + 2 * threads * itemsPerThread);
        for (int i = 1; i < entries.size(); i += 2) {
            RawEntry legacy = entries.get(i);
            RawEntry preferred = entries.get(i + 1);
            assertThat(preferred.name()).isEqualTo(legacy.name().replace("configmaps/", "configmaps/v1-preferredversion/"));
            assertThat(preferred.content()).isEqualTo(legacy.content());
        }
    }

    @Test
    void writingAfterCloseFails() throws IOException {
        TarballWriter writer = TarballWriter.open(new ByteArrayOutputStream());
        writer.close();

        assertThatThrownBy(() -> writer.writeItem(ItemKey.namespaced(CONFIGMAPS, "a", "b"), json("x"), "v1"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("closed");
    }

    @Test
    void afterAFailedWriteEveryLaterWriteFails() throws IOException {
        FailingOutputStream sink = new FailingOutputStream();
        TarballWriter writer = TarballWriter.open(sink);
        sink.failing = true;
        byte[] big = new byte[1024 * 1024];
        new java.util.Random(1).nextBytes(big);

        assertThatThrownBy(() -> writer.writeItem(ItemKey.namespaced(CONFIGMAPS, "a", "b"), big, "v1"))
                .isInstanceOf(IOException.class);
        sink.failing = false;
        assertThatThrownBy(() -> writer.writeItem(ItemKey.namespaced(CONFIGMAPS, "a", "c"), json("x"), "v1"))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("earlier write failure");
    }

    private static byte[] json(String marker) {
        return ("{\"kind\":\"Test\",\"metadata\":{\"name\":\"" + marker + "\"}}").getBytes(UTF_8);
    }

    private static final class FailingOutputStream extends OutputStream {
        volatile boolean failing;

        @Override
        public void write(int b) throws IOException {
            if (failing) {
                throw new IOException("disk full");
            }
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (failing) {
                throw new IOException("disk full");
            }
        }
    }
}
