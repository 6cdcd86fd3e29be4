package io.velerojava.archive;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;

/** Builds arbitrary, possibly hostile, .tar.gz files entry by entry. */
final class CraftedTarball {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final TarArchiveOutputStream tar;

    private CraftedTarball() {
        try {
            tar = new TarArchiveOutputStream(new GzipCompressorOutputStream(bytes), UTF_8.name());
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static CraftedTarball create() {
        return new CraftedTarball();
    }

    CraftedTarball file(String name, String content) {
        return entry(new TarArchiveEntry(name, true), content.getBytes(UTF_8));
    }

    CraftedTarball file(String name, byte[] content) {
        return entry(new TarArchiveEntry(name, true), content);
    }

    /** A file preceded by a PAX extended header carrying one extra record. */
    CraftedTarball fileWithPaxRecord(String name, String key, String value) {
        TarArchiveEntry entry = new TarArchiveEntry(name, true);
        entry.addPaxHeader(key, value);
        return entry(entry, "{}".getBytes(UTF_8));
    }

    CraftedTarball directory(String name) {
        return entry(new TarArchiveEntry(name, TarArchiveEntry.LF_DIR, true), new byte[0]);
    }

    CraftedTarball special(String name, byte linkFlag, String linkTarget) {
        TarArchiveEntry entry = new TarArchiveEntry(name, linkFlag, true);
        entry.setLinkName(linkTarget);
        return entry(entry, new byte[0]);
    }

    byte[] build() {
        try {
            tar.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private CraftedTarball entry(TarArchiveEntry entry, byte[] content) {
        try {
            entry.setSize(content.length);
            tar.putArchiveEntry(entry);
            tar.write(content);
            tar.closeArchiveEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }
}
