package io.velerojava.nodeagent.volume;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.PersistentVolume;
import io.fabric8.kubernetes.api.model.PersistentVolumeBuilder;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeBuilder;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class VolumeDirectoryNameTest {

    @Test
    void anInlineVolumeIsMountedUnderItsOwnName() {
        Volume volume = new VolumeBuilder().withName("cache").withNewEmptyDir().endEmptyDir().build();

        assertThat(VolumeDirectoryName.of(volume, Optional.empty())).isEqualTo("cache");
    }

    @Test
    void anInlineCsiVolumeIsMountedInItsMountSubdirectory() {
        Volume volume = new VolumeBuilder().withName("secrets").withNewCsi().withDriver("x.csi.io").endCsi().build();

        assertThat(VolumeDirectoryName.of(volume, Optional.empty())).isEqualTo("secrets/mount");
    }

    @Test
    void aClaimIsMountedUnderItsPersistentVolumesName() {
        Volume volume = new VolumeBuilder().withName("data").withNewPersistentVolumeClaim().withClaimName("data-0")
                .endPersistentVolumeClaim().build();
        PersistentVolume hostPath = new PersistentVolumeBuilder().withNewMetadata().withName("pv-1").endMetadata()
                .withNewSpec().withNewHostPath().withPath("/srv").endHostPath().endSpec().build();
        PersistentVolume csi = new PersistentVolumeBuilder().withNewMetadata().withName("pvc-7f3").endMetadata()
                .withNewSpec().withNewCsi().withDriver("ebs.csi.aws.com").withVolumeHandle("vol-1").endCsi()
                .endSpec().build();

        assertThat(VolumeDirectoryName.of(volume, Optional.of(hostPath))).isEqualTo("pv-1");
        assertThat(VolumeDirectoryName.of(volume, Optional.of(csi))).isEqualTo("pvc-7f3/mount");
        assertThatThrownBy(() -> VolumeDirectoryName.of(volume, Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
