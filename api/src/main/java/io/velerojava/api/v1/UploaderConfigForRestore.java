package io.velerojava.api.v1;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.fabric8.generator.annotation.Nullable;
import io.velerojava.api.ForwardCompatible;

/** Tuning of the file uploader for a restore. */
public class UploaderConfigForRestore extends ForwardCompatible {

    @JsonProperty("writeSparseFiles")
    @Nullable
    private Boolean writeSparseFiles;

    @JsonProperty("parallelFilesDownload")
    private Integer parallelFilesDownload;

    public Boolean getWriteSparseFiles() {
        return writeSparseFiles;
    }

    public void setWriteSparseFiles(Boolean writeSparseFiles) {
        this.writeSparseFiles = writeSparseFiles;
    }

    public Integer getParallelFilesDownload() {
        return parallelFilesDownload;
    }

    public void setParallelFilesDownload(Integer parallelFilesDownload) {
        this.parallelFilesDownload = parallelFilesDownload;
    }
}
