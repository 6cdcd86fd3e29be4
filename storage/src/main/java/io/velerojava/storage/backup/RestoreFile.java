package io.velerojava.storage.backup;

import java.util.function.UnaryOperator;

/** The files of a restore under {@code restores/<restore>/}; names are Velero's. */
public enum RestoreFile {
    LOG(restore -> "restore-" + restore + "-logs.gz"),
    RESULTS(restore -> "restore-" + restore + "-results.gz"),
    RESOURCE_LIST(restore -> "restore-" + restore + "-resource-list.json.gz"),
    ITEM_OPERATIONS(restore -> "restore-" + restore + "-itemoperations.json.gz"),
    /** Velero names this one without the {@code restore-} prefix. */
    VOLUME_INFO(restore -> restore + "-volumeinfo.json.gz");

    private final UnaryOperator<String> fileName;

    RestoreFile(UnaryOperator<String> fileName) {
        this.fileName = fileName;
    }

    /** The file's name within the restore's directory. */
    public String fileName(String restore) {
        return fileName.apply(restore);
    }
}
