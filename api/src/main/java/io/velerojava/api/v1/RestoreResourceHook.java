package io.velerojava.api.v1;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.velerojava.api.ForwardCompatible;

/** One restore hook: either an exec hook or init containers. */
public class RestoreResourceHook extends ForwardCompatible {

    @JsonProperty("exec")
    private ExecRestoreHook exec;

    @JsonProperty("init")
    private InitRestoreHook init;

    public ExecRestoreHook getExec() {
        return exec;
    }

    public void setExec(ExecRestoreHook exec) {
        this.exec = exec;
    }

    public InitRestoreHook getInit() {
        return init;
    }

    public void setInit(InitRestoreHook init) {
        this.init = init;
    }
}
