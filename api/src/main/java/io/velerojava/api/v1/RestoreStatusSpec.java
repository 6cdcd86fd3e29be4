package io.velerojava.api.v1;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.fabric8.generator.annotation.Nullable;
import io.velerojava.api.ForwardCompatible;
import java.util.List;

/** Which resources get their {@code status} restored. */
public class RestoreStatusSpec extends ForwardCompatible {

    @JsonProperty("includedResources")
    @Nullable
    private List<String> includedResources;

    @JsonProperty("excludedResources")
    @Nullable
    private List<String> excludedResources;

    public List<String> getIncludedResources() {
        return includedResources;
    }

    public void setIncludedResources(List<String> includedResources) {
        this.includedResources = includedResources;
    }

    public List<String> getExcludedResources() {
        return excludedResources;
    }

    public void setExcludedResources(List<String> excludedResources) {
        this.excludedResources = excludedResources;
    }
}
