package io.velerojava.api.v1;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.fabric8.generator.annotation.Required;
import io.velerojava.api.ForwardCompatible;

/** What a {@link DownloadRequest} asks a signed URL for. */
public class DownloadRequestSpec extends ForwardCompatible {

    @JsonProperty("target")
    @Required
    private DownloadTarget target;

    public DownloadTarget getTarget() {
        return target;
    }

    public void setTarget(DownloadTarget target) {
        this.target = target;
    }
}
