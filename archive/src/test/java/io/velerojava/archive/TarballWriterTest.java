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
    void longAndNonAsciiNamesSurvive() throws IOException {
        String longName = "n".repeat(253);
        ItemKey item = ItemKey.namespaced(new GroupResource("example.com", "widgets"), "ns", longName);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TarballWriter writer = TarballWriter.open(out, CompressionLevel.FAST, CLOCK)) {
            writer.writeItem(item, json("w"), "v1");
        }

        assertThat(TarEntries.names(out.toByteArray()))
                .contains("resources/widgets.example.com/namespaces/ns/" + longName + ".json");
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
