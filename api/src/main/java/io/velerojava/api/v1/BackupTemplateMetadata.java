package io.velerojava.api.v1;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.velerojava.api.ForwardCompatible;
import java.util.Map;

/** The {@code metadata} block inside a backup spec; in a Schedule's template its labels go onto every created Backup. */
public class BackupTemplateMetadata extends ForwardCompatible {

    @JsonProperty("labels")
    private Map<String, String> labels;

    public Map<String, String> getLabels() {
        return labels;
    }

    public void setLabels(Map<String, String> labels) {
        this.labels = labels;
    }
}
