package io.velerojava.api.v1;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.fabric8.generator.annotation.Nullable;
import io.fabric8.generator.annotation.Required;
import io.velerojava.api.ForwardCompatible;
import io.velerojava.api.GoDuration;
import java.util.List;

/** A command run in a container of a restored pod once it is running. */
public class ExecRestoreHook extends ForwardCompatible {

    @JsonProperty("container")
    private String container;

    @JsonProperty("command")
    @Required
    private List<String> command;

    @JsonProperty("onError")
    private HookErrorMode onError;

    @JsonProperty("execTimeout")
    private GoDuration execTimeout;

    @JsonProperty("waitTimeout")
    private GoDuration waitTimeout;

    @JsonProperty("waitForReady")
    @Nullable
    private Boolean waitForReady;

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

    public GoDuration getExecTimeout() {
        return execTimeout;
    }

    public void setExecTimeout(GoDuration execTimeout) {
        this.execTimeout = execTimeout;
    }

    public GoDuration getWaitTimeout() {
        return waitTimeout;
    }

    public void setWaitTimeout(GoDuration waitTimeout) {
        this.waitTimeout = waitTimeout;
    }

    public Boolean getWaitForReady() {
        return waitForReady;
    }

    public void setWaitForReady(Boolean waitForReady) {
        this.waitForReady = waitForReady;
    }
}
