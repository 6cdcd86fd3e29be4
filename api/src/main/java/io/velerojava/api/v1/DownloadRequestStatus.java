package io.velerojava.api.v1;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.fabric8.generator.annotation.Nullable;
import io.velerojava.api.ForwardCompatible;

/** The signed URL and when it expires. */
public class DownloadRequestStatus extends ForwardCompatible {

    @JsonProperty("phase")
    private DownloadRequestPhase phase;

    @JsonProperty("downloadURL")
    private String downloadURL;

    @JsonProperty("expiration")
    @Nullable
    private String expiration;

    public DownloadRequestPhase getPhase() {
        return phase;
    }

    public void setPhase(DownloadRequestPhase phase) {
        this.phase = phase;
    }

    public String getDownloadURL() {
        return downloadURL;
    }

    public void setDownloadURL(String downloadURL) {
        this.downloadURL = downloadURL;
    }

    public String getExpiration() {
        return expiration;
    }

    public void setExpiration(String expiration) {
        this.expiration = expiration;
    }
}
