package io.velerojava.archive;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.util.Objects;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipParameters;

/**
 * Streams a backup tarball (gzip of tar) to an {@link OutputStream} as items arrive, without holding the
 * archive in memory.
 *
 * <p>Entries are regular files with mode 0755, owner 0:0 and mtime = time of writing, like Velero's. The first
 * entry is {@code metadata/version}, written on {@link #open}. Safe for concurrent use by parallel item
 * backuppers: each item's entries are written under one lock, so an item's two copies stay adjacent. Once a
 * write has failed the archive is unusable and every later call fails.
 */
public final class TarballWriter implements Closeable {

    private static final int BUFFER_BYTES = 64 * 1024;
    private static final int FILE_MODE = 0755;

    private final TarArchiveOutputStream tar;
    private final Clock clock;
    private long itemsWritten;
    private IOException failure;
    private boolean closed;

    private TarballWriter(TarArchiveOutputStream tar, Clock clock) {
        this.tar = tar;
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
        TarArchiveOutputStream tar = new TarArchiveOutputStream(new BufferedOutputStream(
                new GzipCompressorOutputStream(new BufferedOutputStream(out, BUFFER_BYTES), gzip), BUFFER_BYTES),
                StandardCharsets.UTF_8.name());
        // PAX headers for names over 100 bytes and non-ASCII names, as Go's archive/tar produces and reads.
        tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
        tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
        tar.setAddPaxHeadersForNonAsciiNames(true);
        TarballWriter writer = new TarballWriter(tar, Objects.requireNonNull(clock, "clock"));
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
        writeEntries(
                new Entry(TarballLayout.legacyPath(item), json),
                new Entry(TarballLayout.preferredVersionPath(item, preferredVersion), json));
        itemsWritten++;
    }

    /** Items written so far by {@link #writeItem}. */
    public synchronized long itemsWritten() {
        return itemsWritten;
    }

    /** Writes the end-of-archive records and the gzip trailer, then closes the underlying stream. */
    @Override
    public synchronized void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        if (failure != null) {
            tar.close();
            return;
        }
        tar.finish();
        tar.close();
    }

    private synchronized void writeEntries(Entry... entries) throws IOException {
        if (closed) {
            throw new IllegalStateException("tarball writer is closed");
        }
        if (failure != null) {
            throw new IOException("tarball is incomplete after an earlier write failure", failure);
        }
        try {
            for (Entry entry : entries) {
                writeEntry(entry);
            }
        } catch (IOException e) {
            failure = e;
            throw e;
        }
    }

    private void writeEntry(Entry entry) throws IOException {
        TarArchiveEntry header = new TarArchiveEntry(entry.path(), TarArchiveEntry.LF_NORMAL);
        header.setSize(entry.content().length);
        header.setMode(FILE_MODE);
        header.setLastModifiedTime(FileTime.from(clock.instant()));
        header.setUserName("");
        header.setGroupName("");
        header.setIds(0, 0);
        tar.putArchiveEntry(header);
        tar.write(entry.content());
        tar.closeArchiveEntry();
    }

    private record Entry(String path, byte[] content) {
    }
}
