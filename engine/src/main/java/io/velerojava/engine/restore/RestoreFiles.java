package io.velerojava.engine.restore;

import io.velerojava.storage.backup.BackupStore;
import io.velerojava.storage.backup.Payload;
import io.velerojava.storage.backup.RestoreFile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Writes a finished restore's files to {@code restores/<name>/} of its backup's location, and reads them back: the
 * gzip log, results and resource list, under Velero's names.
 */
public final class RestoreFiles {

    private RestoreFiles() {
    }

    /** Uploads the log first, so that a failure to upload the rest still leaves it for diagnosis. */
    public static void upload(BackupStore store, String restoreName, RestoreLog.CompressedLog log,
                              RestoreOutcome outcome) {
        try (InputStream logStream = log.stream()) {
            store.putRestoreFile(restoreName, RestoreFile.LOG, Payload.of(logStream, log.length()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the finished log of restore " + restoreName, e);
        }
        store.putRestoreFile(restoreName, RestoreFile.RESULTS, Payload.of(gzip(outcome.results().toJson())));
        store.putRestoreFile(restoreName, RestoreFile.RESOURCE_LIST,
                Payload.of(gzip(outcome.resourceList().toJson())));
    }

    /** The restore's results, if uploaded. */
    public static Optional<RestoreResults> results(BackupStore store, String restoreName) throws IOException {
        Optional<InputStream> file = store.findRestoreFile(restoreName, RestoreFile.RESULTS);
        if (file.isEmpty()) {
            return Optional.empty();
        }
        try (InputStream json = new GZIPInputStream(file.get())) {
            return Optional.of(RestoreResults.fromJson(json));
        }
    }

    /** The restore's resource list, if uploaded (Velero writes it since 1.11). */
    public static Optional<RestoredResourceList> resourceList(BackupStore store, String restoreName)
            throws IOException {
        Optional<InputStream> file = store.findRestoreFile(restoreName, RestoreFile.RESOURCE_LIST);
        if (file.isEmpty()) {
            return Optional.empty();
        }
        try (InputStream json = new GZIPInputStream(file.get())) {
            return Optional.of(RestoredResourceList.fromJson(json));
        }
    }

    /** The restore's log, decompressed, if uploaded; the caller closes it. */
    public static Optional<InputStream> log(BackupStore store, String restoreName) throws IOException {
        Optional<InputStream> file = store.findRestoreFile(restoreName, RestoreFile.LOG);
        if (file.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new GZIPInputStream(file.get()));
    }

    private static byte[] gzip(byte[] data) {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(compressed)) {
            out.write(data);
        } catch (IOException e) {
            throw new UncheckedIOException("gzip into memory cannot fail", e);
        }
        return compressed.toByteArray();
    }
}
