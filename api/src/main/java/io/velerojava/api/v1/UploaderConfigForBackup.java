package io.velerojava.api.v1;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.velerojava.api.ForwardCompatible;

/** Tuning of the file uploader for a backup. */
public class UploaderConfigForBackup extends ForwardCompatible {

    @JsonProperty("parallelFilesUpload")
    private Integer parallelFilesUpload;

    public Integer getParallelFilesUpload() {
        return parallelFilesUpload;
    }

    public void setParallelFilesUpload(Integer parallelFilesUpload) {
        this.parallelFilesUpload = parallelFilesUpload;
    }
}
