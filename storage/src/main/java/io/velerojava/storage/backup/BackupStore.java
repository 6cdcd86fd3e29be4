package io.velerojava.storage.backup;

import io.velerojava.storage.ObjectInfo;
import io.velerojava.storage.ObjectNotFoundException;
import io.velerojava.storage.ObjectStore;
import io.velerojava.storage.ObjectStoreException;
import java.io.InputStream;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The backups and restores of one backup storage location, in Velero's bucket layout
 * ({@code docs/design/bucket-layout.md}). Payloads are bytes and streams; the engine owns their formats.
 */
public final class BackupStore {

    /** How long download URLs stay valid; Velero's DownloadRequest lifetime. */
    public static final Duration DOWNLOAD_URL_TTL = Duration.ofMinutes(10);

    private static final Logger log = LoggerFactory.getLogger(BackupStore.class);
    private static final int MAX_INVALID_DIRECTORIES_SHOWN = 3;

    private final ObjectStore store;
    private final ObjectStoreLayout layout;

    /** @param prefix the location's {@code objectStorage.prefix}, possibly empty */
    public BackupStore(ObjectStore store, String prefix) {
        this.store = store;
        this.layout = new ObjectStoreLayout(prefix);
    }

    public ObjectStoreLayout layout() {
        return layout;
    }

    /**
     * Checks that the location is reachable and holds only Velero's top-level directories, as Velero's BSL
     * validation does.
     *
     * @throws InvalidBackupStoreException if other top-level directories exist
     * @throws ObjectStoreException        if the bucket cannot be listed (missing, no access, unreachable)
     */
    public void validate() {
        List<String> invalid = store.listCommonPrefixes(layout.rootPrefix(), "/").stream()
                .map(layout::topLevelName)
                .filter(name -> !ObjectStoreLayout.TOP_LEVEL_DIRECTORIES.contains(name))
                .toList();
        if (invalid.isEmpty()) {
            return;
        }
        String where = layout.rootPrefix().isEmpty() ? "the bucket root" : "prefix " + layout.rootPrefix();
        String shown = invalid.size() > MAX_INVALID_DIRECTORIES_SHOWN
                ? invalid.subList(0, MAX_INVALID_DIRECTORIES_SHOWN) + " and " + (invalid.size()
                        - MAX_INVALID_DIRECTORIES_SHOWN) + " more"
                : invalid.toString();
        throw new InvalidBackupStoreException("backup store contains " + invalid.size()
                + " invalid top-level directories under " + where + ": " + shown + "; only "
                + ObjectStoreLayout.TOP_LEVEL_DIRECTORIES.stream().sorted().toList()
                + " are allowed, so use a prefix of its own for Velero");
    }

    /**
     * The names of the backup directories, sorted. A directory whose upload failed may lack metadata; use
     * {@link #backupExists} to tell.
     */
    public List<String> listBackups() {
        return store.listCommonPrefixes(layout.backupsPrefix(), "/").stream()
                .map(prefix -> prefix.substring(layout.backupsPrefix().length(), prefix.length() - 1))
                .toList();
    }

    /** A backup exists in a location iff its {@code velero-backup.json} does. */
    public boolean backupExists(String backup) {
        return store.exists(layout.backupKey(backup, BackupFile.METADATA));
    }

    /**
     * Uploads a backup so that no reader ever sees it half-written: the log (best effort), the tarball, the sidecars,
     * and last the metadata, whose presence is what makes the backup exist. Every put is atomic. If a step after the
     * log fails, the tarball and sidecars written so far are deleted again and the failure is thrown; the log stays
     * for diagnosis.
     *
     * @throws BackupAlreadyExistsException if the backup's metadata already exists; nothing is written
     */
    public void putBackup(BackupUpload upload) {
        String backup = upload.backupName();
        if (backupExists(backup)) {
            throw new BackupAlreadyExistsException("backup " + backup + " already exists in the location (found "
                    + layout.backupKey(backup, BackupFile.METADATA) + "); its files were left untouched");
        }
        upload.log().ifPresent(logPayload -> putLogBestEffort(backup, logPayload));
        List<String> written = new ArrayList<>();
        try {
            putAndRecord(layout.backupKey(backup, BackupFile.CONTENTS), upload.contents(), written);
            for (Map.Entry<BackupFile, Payload> sidecar : upload.sidecars().entrySet()) {
                putAndRecord(layout.backupKey(backup, sidecar.getKey()), sidecar.getValue(), written);
            }
            store.put(layout.backupKey(backup, BackupFile.METADATA), upload.metadata());
        } catch (RuntimeException e) {
            deleteAfterFailure(written, e);
            throw e;
        }
    }

    /**
     * Replaces one file of an existing backup: the finalizer rewrites metadata and tarball, the operations
     * controller the item operations.
     */
    public void putBackupFile(String backup, BackupFile file, Payload payload) {
        store.put(layout.backupKey(backup, file), payload.stream(), payload.length());
    }

    /**
     * The backup's {@code velero-backup.json}.
     *
     * @throws ObjectNotFoundException if the backup does not exist
     */
    public byte[] getBackupMetadata(String backup) {
        return store.getBytes(layout.backupKey(backup, BackupFile.METADATA));
    }

    /**
     * Opens the backup's tarball; the caller closes it.
     *
     * @throws ObjectNotFoundException if the backup has no tarball
     */
    public InputStream getBackupContents(String backup) {
        return store.get(layout.backupKey(backup, BackupFile.CONTENTS));
    }

    /**
     * Opens a file of a backup, or returns empty if it is missing, as older Velero versions omit some files (no
     * results before 1.11, no volume info before 1.13) and newer ones stop writing others (CSI files).
     */
    public Optional<InputStream> findBackupFile(String backup, BackupFile file) {
        return findObject(layout.backupKey(backup, file));
    }

    public void putRestoreFile(String restore, RestoreFile file, Payload payload) {
        store.put(layout.restoreKey(restore, file), payload.stream(), payload.length());
    }

    /** Opens a file of a restore, or returns empty if it is missing. */
    public Optional<InputStream> findRestoreFile(String restore, RestoreFile file) {
        return findObject(layout.restoreKey(restore, file));
    }

    /** Deletes every object under {@code backups/<backup>/}; a missing backup is not an error. */
    public void deleteBackup(String backup) {
        deleteAll(layout.backupPrefix(backup));
    }

    /** Deletes every object under {@code restores/<restore>/}; a missing restore is not an error. */
    public void deleteRestore(String restore) {
        deleteAll(layout.restorePrefix(restore));
    }

    /**
     * A URL, valid for {@link #DOWNLOAD_URL_TTL}, for the file a DownloadRequest of {@code kind} names;
     * {@code name} is the backup's or the restore's name depending on the kind.
     */
    public URI getDownloadUrl(DownloadTargetKind kind, String name) {
        return store.signedDownloadUrl(layout.downloadKey(kind, name), DOWNLOAD_URL_TTL);
    }

    private void putLogBestEffort(String backup, Payload payload) {
        String key = layout.backupKey(backup, BackupFile.LOG);
        try {
            store.put(key, payload.stream(), payload.length());
        } catch (RuntimeException e) {
            // The log helps diagnose a backup but is not part of it, as in Velero.
            log.error("cannot upload the log of backup {} to {}; continuing without it: {}", backup, key,
                    e.getMessage());
        }
    }

    private void putAndRecord(String key, Payload payload, List<String> written) {
        store.put(key, payload.stream(), payload.length());
        written.add(key);
    }

    private void deleteAfterFailure(List<String> keys, RuntimeException failure) {
        for (String key : keys) {
            try {
                store.delete(key);
            } catch (RuntimeException e) {
                failure.addSuppressed(e);
            }
        }
    }

    private Optional<InputStream> findObject(String key) {
        try {
            return Optional.of(store.get(key));
        } catch (ObjectNotFoundException e) {
            return Optional.empty();
        }
    }

    private void deleteAll(String prefix) {
        ObjectStoreException failure = null;
        for (ObjectInfo object : store.list(prefix)) {
            try {
                store.delete(object.key());
            } catch (RuntimeException e) {
                if (failure == null) {
                    failure = new ObjectStoreException("cannot delete every object under " + prefix);
                }
                failure.addSuppressed(e);
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
