package io.velerojava.api.v1;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.velerojava.api.ForwardCompatible;

/** How many hooks of a backup or restore ran and how many failed. */
public class HookStatus extends ForwardCompatible {

    @JsonProperty("hooksAttempted")
    private Integer hooksAttempted;

    @JsonProperty("hooksFailed")
    private Integer hooksFailed;

    public Integer getHooksAttempted() {
        return hooksAttempted;
    }

    public void setHooksAttempted(Integer hooksAttempted) {
        this.hooksAttempted = hooksAttempted;
    }

    public Integer getHooksFailed() {
        return hooksFailed;
    }

    public void setHooksFailed(Integer hooksFailed) {
        this.hooksFailed = hooksFailed;
    }
}
