package io.velerojava.api.v1;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.fabric8.generator.annotation.Nullable;
import io.fabric8.generator.annotation.Required;
import io.fabric8.kubernetes.api.model.SecretKeySelector;
import io.velerojava.api.ForwardCompatible;

/** The bucket and optional key prefix of a backup storage location. */
public class ObjectStorageLocation extends ForwardCompatible {

    @JsonProperty("bucket")
    @Required
    private String bucket;

    @JsonProperty("prefix")
    private String prefix;

    @JsonProperty("caCert")
    private String caCert;

    @JsonProperty("caCertRef")
    @Nullable
    private SecretKeySelector caCertRef;

    public String getBucket() {
        return bucket;
    }

    public void setBucket(String bucket) {
        this.bucket = bucket;
    }

    public String getPrefix() {
        return prefix;
    }

    public void setPrefix(String prefix) {
        this.prefix = prefix;
    }

    public String getCaCert() {
        return caCert;
    }

    public void setCaCert(String caCert) {
        this.caCert = caCert;
    }

    public SecretKeySelector getCaCertRef() {
        return caCertRef;
    }

    public void setCaCertRef(SecretKeySelector caCertRef) {
        this.caCertRef = caCertRef;
    }
}
