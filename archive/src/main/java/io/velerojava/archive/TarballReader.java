package io.velerojava.archive;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.Objects;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Extracts a backup tarball into a private temporary directory, refusing anything a backup written by Velero
 * or {@link TarballWriter} would not contain.
 *
 * <p>Entry names are checked (no absolute paths, no {@code .} or {@code ..} segments, only {@code metadata/}
 * and {@code resources/} in the {@link TarballLayout}), and only regular files and directories are accepted:
 * links, devices, FIFOs and sparse files are rejected. Names are never used as file-system paths: content is
 * appended to one {@link SpillFile} in the directory and looked up through an index, so no entry can land
 * outside the directory whatever its name. An item's version-directory copy that repeats the copy just before
 * it (Velero and {@link TarballWriter} write both copies of an item next to each other, with the same bytes)
 * is stored once. Sizes are bounded by {@link ExtractionLimits}. On any error the directory is deleted before
 * the exception propagates.
 */
public final class TarballReader {

    private static final Logger LOG = LoggerFactory.getLogger(TarballReader.class);

    /** Tar headers, PAX/GNU extension records and padding allowed between two entries' contents. */
    private static final long HEADER_BUDGET_BYTES = 1024 * 1024;
    private static final String CURRENT_DIR_PREFIX = "./";
    private static final String CONTENTS_FILE = "contents";

    private final ExtractionLimits limits;

    public TarballReader(ExtractionLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /** Extracts into a new directory under the system temporary directory. */
    public ExtractedBackup extract(InputStream gzippedTar) throws IOException {
        return extract(gzippedTar, Path.of(System.getProperty("java.io.tmpdir")));
    }

    /**
     * Extracts into a new owner-only directory under {@code parentDirectory}. The caller keeps ownership of
     * {@code gzippedTar} and must close the returned backup to delete the directory.
     *
     * @throws CorruptBackupException  the data is not a complete gzip-compressed tar
     * @throws RejectedEntryException  an entry is unsafe, outside the layout, or over a limit
     */
    public ExtractedBackup extract(InputStream gzippedTar, Path parentDirectory) throws IOException {
        Path root = createPrivateDirectory(parentDirectory);
        SpillFile contents = null;
        try {
            contents = SpillFile.create(root.resolve(CONTENTS_FILE));
            BackupIndex index = extractInto(gzippedTar, contents);
            contents.seal();
            ExtractedBackup backup = new ExtractedBackup(root, index, contents);
            LOG.debug("Extracted backup tarball into {}: {} items", root, backup.itemCount());
            return backup;
        } catch (IOException | RuntimeException e) {
            if (contents != null) {
                contents.close();
            }
            ExtractedBackup.deleteRecursively(root);
            throw e;
        }
    }

    private BackupIndex extractInto(InputStream gzippedTar, SpillFile contents) throws IOException {
        BudgetedInputStream tarBytes = new BudgetedInputStream(openGzip(gzippedTar));
        TarArchiveInputStream tar = new TarArchiveInputStream(tarBytes, "UTF-8");
        BackupIndex index = new BackupIndex();
        long entries = 0;
        long extractedBytes = 0;
        StoredEntry previous = null;
        for (TarArchiveEntry entry = nextEntry(tar, tarBytes, null); entry != null;
                entry = nextEntry(tar, tarBytes, entry.getName())) {
            String name = entry.getName();
            if (++entries > limits.maxEntries()) {
                throw new RejectedEntryException(name, "more than " + limits.maxEntries() + " entries");
            }
            String path = checkedPath(entry);
            if (entry.isDirectory()) {
                continue;
            }
            long size = entry.getSize();
            if (size > limits.maxEntryBytes()) {
                throw new RejectedEntryException(name, "size " + size + " exceeds the per-entry limit of "
                        + limits.maxEntryBytes() + " bytes");
            }
            extractedBytes += size;
            if (extractedBytes > limits.maxExtractedBytes()) {
                throw new RejectedEntryException(name, "backup exceeds the extraction limit of "
                        + limits.maxExtractedBytes() + " bytes");
            }
            EntryPath parsed = parseLayoutPath(name, path);
            if (index.contains(parsed)) {
                throw new RejectedEntryException(name, "appears twice in the tarball");
            }
            tarBytes.allow(size, "content of entry '" + name + "'");
            byte[] content = readContent(tar, entry);
            SpillFile.Range range = previous != null && previous.isCopyOf(parsed, content)
                    ? previous.range()
                    : contents.append(content);
            index.add(parsed, range);
            previous = new StoredEntry(parsed, content, range);
        }
        return index;
    }

    /** The entry last stored, kept to recognise the second copy of the same item. */
    private record StoredEntry(EntryPath path, byte[] content, SpillFile.Range range) {

        boolean isCopyOf(EntryPath other, byte[] otherContent) {
            return path instanceof ItemPath item && other instanceof ItemPath otherItem
                    && item.item().equals(otherItem.item()) && Arrays.equals(content, otherContent);
        }
    }

    private static InputStream openGzip(InputStream gzippedTar) throws CorruptBackupException {
        try {
            return GzipCompressorInputStream.builder()
                    .setInputStream(new NonClosingInputStream(gzippedTar))
                    .setDecompressConcatenated(true)
                    .get();
        } catch (IOException e) {
            throw new CorruptBackupException("backup tarball is not gzip data: " + e.getMessage(), e);
        }
    }

    private static TarArchiveEntry nextEntry(TarArchiveInputStream tar, BudgetedInputStream tarBytes,
                                             String previousEntry) throws CorruptBackupException {
        tarBytes.allow(HEADER_BUDGET_BYTES, previousEntry == null
                ? "tar headers of the first entry" : "tar headers after entry '" + previousEntry + "'");
        try {
            return tar.getNextEntry();
        } catch (IOException | RuntimeException e) {
            String where = previousEntry == null ? "at its start" : "after entry '" + previousEntry + "'";
            throw new CorruptBackupException(
                    "backup tarball is corrupt or truncated " + where + ": " + e.getMessage(), e);
        }
    }

    /** Validates the entry's type and name and returns the name normalized to the layout's form. */
    private static String checkedPath(TarArchiveEntry entry) throws RejectedEntryException {
        String name = entry.getName();
        if (entry.isSymbolicLink() || entry.isLink()) {
            throw new RejectedEntryException(name, "links are not allowed (target '" + entry.getLinkName() + "')");
        }
        if (entry.isCharacterDevice() || entry.isBlockDevice() || entry.isFIFO()) {
            throw new RejectedEntryException(name, "device files and FIFOs are not allowed");
        }
        if (entry.isSparse()) {
            throw new RejectedEntryException(name, "sparse files are not allowed");
        }
        byte type = entry.getLinkFlag();
        if (!entry.isDirectory() && type != TarArchiveEntry.LF_NORMAL && type != TarArchiveEntry.LF_OLDNORM) {
            throw new RejectedEntryException(name, "unsupported entry type '" + (char) type + "'");
        }
        if (name.startsWith("/") || (name.length() > 1 && name.charAt(1) == ':')) {
            throw new RejectedEntryException(name, "absolute paths are not allowed");
        }
        if (name.indexOf('\\') >= 0 || name.indexOf('\0') >= 0) {
            throw new RejectedEntryException(name, "backslashes and NUL characters are not allowed in paths");
        }
        // Archives re-packed with `tar -C dir .` name entries ./metadata/...; accept that one form.
        String path = name.startsWith(CURRENT_DIR_PREFIX) ? name.substring(CURRENT_DIR_PREFIX.length()) : name;
        if (entry.isDirectory() && path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        if (path.isEmpty() && entry.isDirectory()) {
            return path;
        }
        String[] segments = path.split("/", -1);
        for (String segment : segments) {
            if (segment.equals("..")) {
                throw new RejectedEntryException(name, "'..' path segments are not allowed");
            }
            if (segment.isEmpty() || segment.equals(".")) {
                throw new RejectedEntryException(name, "empty or '.' path segments are not allowed");
            }
        }
        if (!segments[0].equals(TarballLayout.METADATA_DIR) && !segments[0].equals(TarballLayout.RESOURCES_DIR)) {
            throw new RejectedEntryException(name, "only " + TarballLayout.METADATA_DIR + "/ and "
                    + TarballLayout.RESOURCES_DIR + "/ belong in a backup tarball");
        }
        return path;
    }

    private static EntryPath parseLayoutPath(String name, String path) throws RejectedEntryException {
        try {
            return TarballLayout.parse(path);
        } catch (IllegalArgumentException e) {
            throw new RejectedEntryException(name, e.getMessage());
        }
    }

    private static byte[] readContent(TarArchiveInputStream tar, TarArchiveEntry entry) throws IOException {
        // The size was checked against the per-entry limit, which is below the largest array.
        byte[] content = new byte[(int) entry.getSize()];
        int copied = 0;
        while (copied < content.length) {
            int read;
            try {
                read = tar.read(content, copied, content.length - copied);
            } catch (IOException | RuntimeException e) {
                throw new CorruptBackupException("backup tarball is corrupt or truncated inside entry '"
                        + entry.getName() + "': " + e.getMessage(), e);
            }
            if (read < 0) {
                throw new CorruptBackupException("backup tarball is truncated inside entry '" + entry.getName()
                        + "': " + copied + " of " + entry.getSize() + " bytes present");
            }
            copied += read;
        }
        return content;
    }

    private static Path createPrivateDirectory(Path parentDirectory) throws IOException {
        Files.createDirectories(parentDirectory);
        if (parentDirectory.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return Files.createTempDirectory(parentDirectory, "velero-backup-",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        }
        return Files.createTempDirectory(parentDirectory, "velero-backup-");
    }

    /**
     * Caps how many decompressed bytes the tar reader may consume before the next checkpoint, so a crafted
     * header (a multi-gigabyte PAX record, say) cannot exhaust memory before the entry is even seen.
     */
    private static final class BudgetedInputStream extends FilterInputStream {
        private long remaining;
        private String purpose = "";

        BudgetedInputStream(InputStream in) {
            super(in);
        }

        void allow(long bytes, String purpose) {
            this.remaining = bytes;
            this.purpose = purpose;
        }

        @Override
        public int read() throws IOException {
            spend(1);
            return super.read();
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int read = super.read(b, off, (int) Math.min(len, Math.max(remaining, 1)));
            if (read > 0) {
                spend(read);
            }
            return read;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(Math.min(n, Math.max(remaining, 1)));
            spend(skipped);
            return skipped;
        }

        private void spend(long bytes) throws IOException {
            remaining -= bytes;
            if (remaining < 0) {
                throw new IOException("decompressed data for " + purpose + " exceeds its budget");
            }
        }
    }

    /** Leaves the caller's stream open when the decompressor is released. */
    private static final class NonClosingInputStream extends FilterInputStream {
        NonClosingInputStream(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
        }
    }
}
