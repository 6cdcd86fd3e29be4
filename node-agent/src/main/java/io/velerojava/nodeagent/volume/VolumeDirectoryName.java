package io.velerojava.nodeagent.volume;

import io.fabric8.kubernetes.api.model.PersistentVolume;
import io.fabric8.kubernetes.api.model.Volume;
import java.util.Optional;

/**
 * The directory name a kubelet mounts a pod volume at, below {@code <pods>/<podUID>/volumes/<plugin>/}: the PV's
 * name for a claim ({@code <pv>/mount} when a CSI driver provides it), the volume's own name otherwise
 * ({@code <volume>/mount} for an inline CSI volume). The same rule as Velero's node agent.
 */
public final class VolumeDirectoryName {

    private static final String CSI_MOUNT = "/mount";

    private VolumeDirectoryName() {
    }

    /**
     * @param boundVolume the PV bound to the volume's claim; empty for volumes without a claim
     */
    public static String of(Volume volume, Optional<PersistentVolume> boundVolume) {
        if (volume.getPersistentVolumeClaim() != null) {
            PersistentVolume pv = boundVolume.orElseThrow(() -> new IllegalArgumentException("volume "
                    + volume.getName() + " is a claim; its bound PersistentVolume is needed to find its directory"));
            String name = pv.getMetadata().getName();
            return pv.getSpec() != null && pv.getSpec().getCsi() != null ? name + CSI_MOUNT : name;
        }
        return volume.getCsi() != null ? volume.getName() + CSI_MOUNT : volume.getName();
    }
}
