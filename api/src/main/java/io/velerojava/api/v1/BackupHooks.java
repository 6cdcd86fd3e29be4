package io.velerojava.api.v1;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.velerojava.api.ForwardCompatible;
import java.util.List;

/** Hooks run around the pods of a backup. */
public class BackupHooks extends ForwardCompatible {

    @JsonProperty("resources")
    private List<BackupResourceHookSpec> resources;

    public List<BackupResourceHookSpec> getResources() {
        return resources;
    }

    public void setResources(List<BackupResourceHookSpec> resources) {
        this.resources = resources;
    }
}
