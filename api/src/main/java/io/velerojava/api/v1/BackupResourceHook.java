package io.velerojava.api.v1;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.fabric8.generator.annotation.Required;
import io.velerojava.api.ForwardCompatible;

/** One backup hook. */
public class BackupResourceHook extends ForwardCompatible {

    @JsonProperty("exec")
    @Required
    private ExecHook exec;

    public ExecHook getExec() {
        return exec;
    }

    public void setExec(ExecHook exec) {
        this.exec = exec;
    }
}
