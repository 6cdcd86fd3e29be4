package io.velerojava.api.v1;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.velerojava.api.ForwardCompatible;
import java.util.List;

/** Progress and errors of a backup deletion. */
public class DeleteBackupRequestStatus extends ForwardCompatible {

    @JsonProperty("phase")
    private DeleteBackupRequestPhase phase;

    @JsonProperty("errors")
    private List<String> errors;

    public DeleteBackupRequestPhase getPhase() {
        return phase;
    }

    public void setPhase(DeleteBackupRequestPhase phase) {
        this.phase = phase;
    }

    public List<String> getErrors() {
        return errors;
    }

    public void setErrors(List<String> errors) {
        this.errors = errors;
    }
}
