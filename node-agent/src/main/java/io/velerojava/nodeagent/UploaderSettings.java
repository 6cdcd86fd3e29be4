package io.velerojava.nodeagent;

import java.util.Map;
import java.util.OptionalInt;

/**
 * The {@code uploaderSettings} map of a PodVolumeBackup or PodVolumeRestore, with Velero's keys.
 */
public record UploaderSettings(Map<String, String> values) {

    /** On backups: files read and stored at once ({@code --parallel-files-upload}). */
    public static final String PARALLEL_FILES_UPLOAD = "ParallelFilesUpload";
    /** On restores: files written at once ({@code --parallel-files-download}). */
    public static final String PARALLEL_FILES_DOWNLOAD = "ParallelFilesDownload";

    public UploaderSettings {
        values = values == null ? Map.of() : Map.copyOf(values);
    }

    /**
     * The positive count under {@code key}, or empty when absent or {@code 0} (Velero's "use the default").
     *
     * @throws IllegalArgumentException if the value is not a non-negative integer
     */
    public OptionalInt parallelFiles(String key) {
        String value = values.get(key);
        if (value == null || value.isBlank()) {
            return OptionalInt.empty();
        }
        int count;
        try {
            count = Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            count = -1;
        }
        if (count < 0) {
            throw new IllegalArgumentException("uploaderSettings " + key + " must be a non-negative integer, got \""
                    + value + "\"");
        }
        return count == 0 ? OptionalInt.empty() : OptionalInt.of(count);
    }
}
