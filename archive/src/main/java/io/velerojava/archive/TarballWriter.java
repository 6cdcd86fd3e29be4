package io.velerojava.archive;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipParameters;

/**
 * Streams a backup tarball (gzip of tar) to an {@link OutputStream} as items arrive, without holding the
 * archive in memory.
 *
 * <p>Entries are regular files with mode 0755, owner 0:0 and mtime = time of writing in whole seconds, like
 * Velero's. The first entry is {@code metadata/version}, written on {@link #open}. Safe for concurrent use by
 * parallel item backuppers: each item's entries are written under one lock, so an item's two copies stay
 * adjacent. Once a write has failed the archive is unusable and every later call fails.
 */
public final class TarballWriter implements Closeable {

    private static final int BUFFER_BYTES = 64 * 1024;

    private final OutputStream compressed;
    private final TarOutput tar;
    private final Clock clock;
    /** Version directories already checked, by version: every item of a type names the same one. */
    private final Map<String, VersionDirectory> preferredVersions = new HashMap<>();
    private long itemsWritten;
    private IOException failure;
    private boolean closed;

    private TarballWriter(OutputStream compressed, Clock clock) {
        this.compressed = compressed;
        this.tar = new TarOutput(compressed);
        this.clock = clock;
    }

    /** Opens a writer at {@link CompressionLevel#FAST} with the system clock. */
    public static TarballWriter open(OutputStream out) throws IOException {
        return open(out, CompressionLevel.FAST, Clock.systemUTC());
    }

    /**
     * Opens a writer and writes {@code metadata/version}. {@link #close()} finishes the archive and closes
     * {@code out}.
     */
    public static TarballWriter open(OutputStream out, CompressionLevel level, Clock clock) throws IOException {
        Objects.requireNonNull(out, "out");
        GzipParameters gzip = new GzipParameters();
        gzip.setCompressionLevel(level.deflateLevel());
        gzip.setBufferSize(BUFFER_BYTES);
        TarballWriter writer = new TarballWriter(new BufferedOutputStream(
                new GzipCompressorOutputStream(new BufferedOutputStream(out, BUFFER_BYTES), gzip), BUFFER_BYTES),
                Objects.requireNonNull(clock, "clock"));
        writer.writeEntries(new Entry(TarballLayout.METADATA_VERSION_PATH,
                TarballLayout.versionFileContent().getBytes(StandardCharsets.US_ASCII)));
        return writer;
    }

    /**
     * Writes an item twice, as Velero does: at its legacy path and under
     * {@code <preferredVersion>-preferredversion/}.
     *
     * @param json             the object as served by the API server in its preferred version, compact JSON
     * @param preferredVersion the version part of the object's apiVersion, e.g. {@code v1}
     */
    public synchronized void writeItem(ItemKey item, byte[] json, String preferredVersion) throws IOException {
        VersionDirectory directory = preferredVersions.computeIfAbsent(preferredVersion, VersionDirectory::preferred);
        writeEntries(
                new Entry(TarballLayout.legacyPath(item), json),
                new Entry(TarballLayout.path(ItemPath.versioned(item, directory)), json));
        itemsWritten++;
    }

    /** Items written so far by {@link #writeItem}. */
    public synchronized long itemsWritten() {
        return itemsWritten;
    }

    /** Writes the end-of-archive blocks and the gzip trailer, then closes the underlying stream. */
    @Override
    public synchronized void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        if (failure == null) {
            tar.finish();
        }
        compressed.close();
    }

    /** Writes entries under one lock and with one time, so an item's copies stay adjacent and alike. */
    private synchronized void writeEntries(Entry... entries) throws IOException {
        if (closed) {
            throw new IllegalStateException("tarball writer is closed");
        }
        if (failure != null) {
            throw new IOException("tarball is incomplete after an earlier write failure", failure);
        }
        // Whole seconds, as Go's archive/tar writes them.
        long mtime = clock.instant().getEpochSecond();
        try {
            for (Entry entry : entries) {
                tar.writeFile(entry.path(), entry.content(), mtime);
            }
        } catch (IOException e) {
            failure = e;
            throw e;
        }
    }

    private record Entry(String path, byte[] content) {
    }
}
