package io.velerojava.archive;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
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

    /** The typeflag of every header block, PAX extended headers ({@code x}) included, read without a tar library. */
    static List<Character> typeFlags(byte[] tarGz) throws IOException {
        byte[] tar = uncompressed(tarGz);
        List<Character> flags = new ArrayList<>();
        int offset = 0;
        while (offset + 512 <= tar.length && tar[offset] != 0) {
            long size = Long.parseLong(new String(tar, offset + 124, 11, StandardCharsets.US_ASCII).trim(), 8);
            flags.add((char) tar[offset + 156]);
            offset += 512 + (int) ((size + 511) / 512 * 512);
        }
        return flags;
    }

    static byte[] uncompressed(byte[] tarGz) throws IOException {
        try (GzipCompressorInputStream in = new GzipCompressorInputStream(new ByteArrayInputStream(tarGz))) {
            return in.readAllBytes();
        }
    }

    static List<String> names(byte[] tarGz) throws IOException {
        return read(tarGz).stream().map(RawEntry::name).toList();
    }
}
