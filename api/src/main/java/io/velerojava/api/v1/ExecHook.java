package io.velerojava.api.v1;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.fabric8.generator.annotation.Required;
import io.velerojava.api.ForwardCompatible;
import io.velerojava.api.GoDuration;
import java.util.List;

/** A command run in a container of the pod being backed up. */
public class ExecHook extends ForwardCompatible {

    @JsonProperty("container")
    private String container;

    @JsonProperty("command")
    @Required
    private List<String> command;

    @JsonProperty("onError")
    private HookErrorMode onError;

    @JsonProperty("timeout")
    private GoDuration timeout;

    public String getContainer() {
        return container;
    }

    public void setContainer(String container) {
        this.container = container;
    }

    public List<String> getCommand() {
        return command;
    }

    public void setCommand(List<String> command) {
        this.command = command;
    }

    public HookErrorMode getOnError() {
        return onError;
    }

    public void setOnError(HookErrorMode onError) {
        this.onError = onError;
    }

    public GoDuration getTimeout() {
        return timeout;
    }

    public void setTimeout(GoDuration timeout) {
        this.timeout = timeout;
    }
}
