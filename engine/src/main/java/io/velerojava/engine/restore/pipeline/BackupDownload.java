package io.velerojava.engine.restore.pipeline;

import io.velerojava.archive.ExtractedBackup;
import io.velerojava.archive.ExtractionLimits;
import io.velerojava.archive.TarballReader;
import io.velerojava.storage.ObjectNotFoundException;
import io.velerojava.storage.backup.BackupStore;
import java.io.IOException;
import java.io.InputStream;

/**
 * Fetches a backup's tarball from its location and extracts it, safely, into a private temporary directory.
 */
public final class BackupDownload {

    private final TarballReader reader;

    public BackupDownload(ExtractionLimits limits) {
        this.reader = new TarballReader(limits);
    }

    /**
     * The caller closes the result, which deletes the extracted files.
     *
     * @throws BackupUnreadableException if the tarball is missing, unreachable, corrupt or unsafe
     */
    public ExtractedBackup fetch(BackupStore store, String backupName) {
        try (InputStream tarball = store.getBackupContents(backupName)) {
            return reader.extract(tarball);
        } catch (ObjectNotFoundException e) {
            throw new BackupUnreadableException("backup " + backupName + " has no tarball in its storage location", e);
        } catch (IOException | RuntimeException e) {
            throw new BackupUnreadableException("cannot read the tarball of backup " + backupName + ": "
                    + e.getMessage(), e);
        }
    }
}
