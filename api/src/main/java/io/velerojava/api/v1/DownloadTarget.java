package io.velerojava.api.v1;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.fabric8.generator.annotation.Required;
import io.velerojava.api.ForwardCompatible;

/** A file of a backup or restore. */
public class DownloadTarget extends ForwardCompatible {

    @JsonProperty("kind")
    @Required
    private DownloadTargetKind kind;

    @JsonProperty("name")
    @Required
    private String name;

    public DownloadTargetKind getKind() {
        return kind;
    }

    public void setKind(DownloadTargetKind kind) {
        this.kind = kind;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
