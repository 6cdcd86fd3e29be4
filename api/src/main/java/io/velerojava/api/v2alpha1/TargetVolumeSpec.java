package io.velerojava.api.v2alpha1;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.fabric8.generator.annotation.Required;
import io.velerojava.api.ForwardCompatible;

/** The volume a {@link DataDownload} writes into. */
public class TargetVolumeSpec extends ForwardCompatible {

    @JsonProperty("pvc")
    @Required
    private String pvc;

    @JsonProperty("pv")
    @Required
    private String pv;

    @JsonProperty("namespace")
    @Required
    private String namespace;

    public String getPvc() {
        return pvc;
    }

    public void setPvc(String pvc) {
        this.pvc = pvc;
    }

    public String getPv() {
        return pv;
    }

    public void setPv(String pv) {
        this.pv = pv;
    }

    public String getNamespace() {
        return namespace;
    }

    public void setNamespace(String namespace) {
        this.namespace = namespace;
    }
}
