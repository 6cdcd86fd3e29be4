package io.velerojava.api.v1;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.fabric8.generator.annotation.Nullable;
import io.velerojava.api.ForwardCompatible;
import java.util.List;

/** The server's version and plugins. */
public class ServerStatusRequestStatus extends ForwardCompatible {

    @JsonProperty("phase")
    private ServerStatusRequestPhase phase;

    @JsonProperty("processedTimestamp")
    @Nullable
    private String processedTimestamp;

    @JsonProperty("serverVersion")
    private String serverVersion;

    @JsonProperty("plugins")
    private List<PluginInfo> plugins;

    public ServerStatusRequestPhase getPhase() {
        return phase;
    }

    public void setPhase(ServerStatusRequestPhase phase) {
        this.phase = phase;
    }

    public String getProcessedTimestamp() {
        return processedTimestamp;
    }

    public void setProcessedTimestamp(String processedTimestamp) {
        this.processedTimestamp = processedTimestamp;
    }

    public String getServerVersion() {
        return serverVersion;
    }

    public void setServerVersion(String serverVersion) {
        this.serverVersion = serverVersion;
    }

    public List<PluginInfo> getPlugins() {
        return plugins;
    }

    public void setPlugins(List<PluginInfo> plugins) {
        this.plugins = plugins;
    }
}
