package io.velerojava.engine.podvolume;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.velerojava.api.VeleroAnnotations;
import io.velerojava.api.builder.BackupBuilder;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class PodVolumeTimeoutTest {

    @Test
    void theAnnotationOverridesTheServerDefault() {
        assertThat(PodVolumeTimeout.of(BackupBuilder.forBackup("velero", "b").build(), PodVolumeTimeout.DEFAULT))
                .isEqualTo(Duration.ofHours(4));
        assertThat(PodVolumeTimeout.of(BackupBuilder.forBackup("velero", "b")
                .annotations(VeleroAnnotations.POD_VOLUME_TIMEOUT, "90m").build(), PodVolumeTimeout.DEFAULT))
                .isEqualTo(Duration.ofMinutes(90));
    }

    @Test
    void aTimeoutThatIsNotAPositiveDurationIsRefused() {
        for (String bad : new String[] {"soon", "0s", "-1h"}) {
            assertThatThrownBy(() -> PodVolumeTimeout.of(BackupBuilder.forBackup("velero", "b")
                    .annotations(VeleroAnnotations.POD_VOLUME_TIMEOUT, bad).build(), PodVolumeTimeout.DEFAULT))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }
}
