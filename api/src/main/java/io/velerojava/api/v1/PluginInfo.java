package io.velerojava.api.v1;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.fabric8.generator.annotation.Required;
import io.velerojava.api.ForwardCompatible;

/** A plugin the server has registered. */
public class PluginInfo extends ForwardCompatible {

    @JsonProperty("name")
    @Required
    private String name;

    @JsonProperty("kind")
    @Required
    private String kind;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }
}
