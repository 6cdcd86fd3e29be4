package io.velerojava.archive;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;

/** Reads a .tar.gz with commons-compress only, to check what the writer produced independently of our reader. */
final class TarEntries {

    record RawEntry(String name, byte linkFlag, int mode, long uid, long gid, long mtimeMillis, byte[] content) {
    }

    private TarEntries() {
    }

    static List<RawEntry> read(byte[] tarGz) throws IOException {
        List<RawEntry> entries = new ArrayList<>();
        try (TarArchiveInputStream tar = new TarArchiveInputStream(
                new GzipCompressorInputStream(new ByteArrayInputStream(tarGz)))) {
            for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
                entries.add(new RawEntry(entry.getName(), entry.getLinkFlag(), entry.getMode(),
                        entry.getLongUserId(), entry.getLongGroupId(),
                        entry.getLastModifiedTime().toMillis(), tar.readAllBytes()));
            }
        }
        return entries;
    }

    static List<String> names(byte[] tarGz) throws IOException {
        return read(tarGz).stream().map(RawEntry::name).toList();
    }
}
