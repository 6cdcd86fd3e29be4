package io.velerojava.api.v1;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.fabric8.generator.annotation.Required;
import io.velerojava.api.ForwardCompatible;

/** Which backup a {@link DeleteBackupRequest} deletes. */
public class DeleteBackupRequestSpec extends ForwardCompatible {

    @JsonProperty("backupName")
    @Required
    private String backupName;

    public String getBackupName() {
        return backupName;
    }

    public void setBackupName(String backupName) {
        this.backupName = backupName;
    }
}
