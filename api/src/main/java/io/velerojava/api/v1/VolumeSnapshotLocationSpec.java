package io.velerojava.api.v1;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.fabric8.generator.annotation.Nullable;
import io.fabric8.generator.annotation.Required;
import io.fabric8.kubernetes.api.model.SecretKeySelector;
import io.velerojava.api.ForwardCompatible;
import java.util.Map;

/** Where native volume snapshots are taken: a snapshotter provider and its config. */
public class VolumeSnapshotLocationSpec extends ForwardCompatible {

    @JsonProperty("provider")
    @Required
    private String provider;

    @JsonProperty("config")
    private Map<String, String> config;

    @JsonProperty("credential")
    @Nullable
    private SecretKeySelector credential;

    public String getProvider() {
        return provider;
    }

    public void setProvider(String provider) {
        this.provider = provider;
    }

    public Map<String, String> getConfig() {
        return config;
    }

    public void setConfig(Map<String, String> config) {
        this.config = config;
    }

    public SecretKeySelector getCredential() {
        return credential;
    }

    public void setCredential(SecretKeySelector credential) {
        this.credential = credential;
    }
}
