package io.velerojava.api.v1;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.velerojava.api.ForwardCompatible;

/** Status of a {@link VolumeSnapshotLocation}. */
public class VolumeSnapshotLocationStatus extends ForwardCompatible {

    @JsonProperty("phase")
    private VolumeSnapshotLocationPhase phase;

    public VolumeSnapshotLocationPhase getPhase() {
        return phase;
    }

    public void setPhase(VolumeSnapshotLocationPhase phase) {
        this.phase = phase;
    }
}
