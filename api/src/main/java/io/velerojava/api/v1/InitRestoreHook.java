package io.velerojava.api.v1;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.velerojava.api.ForwardCompatible;
import io.velerojava.api.GoDuration;
import java.util.List;

/** Init containers added to a restored pod. Containers are kept as raw JSON objects, as Velero does, so that a malformed one is reported by validation instead of failing to read the whole Restore. */
public class InitRestoreHook extends ForwardCompatible {

    @JsonProperty("initContainers")
    private List<JsonNode> initContainers;

    @JsonProperty("timeout")
    private GoDuration timeout;

    public List<JsonNode> getInitContainers() {
        return initContainers;
    }

    public void setInitContainers(List<JsonNode> initContainers) {
        this.initContainers = initContainers;
    }

    public GoDuration getTimeout() {
        return timeout;
    }

    public void setTimeout(GoDuration timeout) {
        this.timeout = timeout;
    }
}
