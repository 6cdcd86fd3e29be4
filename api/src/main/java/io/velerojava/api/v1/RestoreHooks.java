package io.velerojava.api.v1;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.velerojava.api.ForwardCompatible;
import java.util.List;

/** Hooks run on restored pods. */
public class RestoreHooks extends ForwardCompatible {

    @JsonProperty("resources")
    private List<RestoreResourceHookSpec> resources;

    public List<RestoreResourceHookSpec> getResources() {
        return resources;
    }

    public void setResources(List<RestoreResourceHookSpec> resources) {
        this.resources = resources;
    }
}
