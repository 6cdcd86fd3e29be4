package io.velerojava.api.shared;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.velerojava.api.ForwardCompatible;

/** Progress of a data movement: bytes done of the total. */
public class DataMoveOperationProgress extends ForwardCompatible {

    @JsonProperty("totalBytes")
    private Long totalBytes;

    @JsonProperty("bytesDone")
    private Long bytesDone;

    public Long getTotalBytes() {
        return totalBytes;
    }

    public void setTotalBytes(Long totalBytes) {
        this.totalBytes = totalBytes;
    }

    public Long getBytesDone() {
        return bytesDone;
    }

    public void setBytesDone(Long bytesDone) {
        this.bytesDone = bytesDone;
    }
}
