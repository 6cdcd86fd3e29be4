package io.velerojava.engine.podvolume;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.velerojava.api.VeleroAnnotations;
import org.junit.jupiter.api.Test;

class PodVolumeSelectionTest {

    private static PodBuilder podWithEveryKindOfVolume() {
        return new PodBuilder().withNewMetadata().withName("web").withNamespace("app").endMetadata()
                .withNewSpec()
                .addNewVolume().withName("data").withNewPersistentVolumeClaim().withClaimName("data-0")
                .endPersistentVolumeClaim().endVolume()
                .addNewVolume().withName("cache").withNewEmptyDir().endEmptyDir().endVolume()
                .addNewVolume().withName("host").withNewHostPath().withPath("/var/log").endHostPath().endVolume()
                .addNewVolume().withName("creds").withNewSecret().withSecretName("s").endSecret().endVolume()
                .addNewVolume().withName("settings").withNewConfigMap().withName("c").endConfigMap().endVolume()
                .addNewVolume().withName("token").withNewProjected().endProjected().endVolume()
                .addNewVolume().withName("info").withNewDownwardAPI().endDownwardAPI().endVolume()
                .addNewVolume().withName("default-token-x7k2p").withNewEmptyDir().endEmptyDir().endVolume()
                .endSpec();
    }

    @Test
    void optInBacksUpExactlyTheAnnotatedVolumesThePodHas() {
        Pod pod = podWithEveryKindOfVolume().editMetadata()
                .addToAnnotations(VeleroAnnotations.BACKUP_VOLUMES, "cache, data,missing").endMetadata().build();

        assertThat(PodVolumeSelection.volumesToBackUp(pod, false)).containsExactly("data", "cache");
        assertThat(PodVolumeSelection.unknownOptedInVolumes(pod)).containsExactly("missing");
    }

    @Test
    void withoutTheAnnotationNothingIsBackedUpByDefault() {
        assertThat(PodVolumeSelection.volumesToBackUp(podWithEveryKindOfVolume().build(), false)).isEmpty();
    }

    @Test
    void optOutBacksUpEveryVolumeWithDataExceptTheExcludedOnes() {
        Pod pod = podWithEveryKindOfVolume().editMetadata()
                .addToAnnotations(VeleroAnnotations.BACKUP_VOLUMES_EXCLUDES, "cache").endMetadata().build();

        assertThat(PodVolumeSelection.volumesToBackUp(pod, true)).containsExactly("data");
        assertThat(PodVolumeSelection.volumesToBackUp(podWithEveryKindOfVolume().build(), true))
                .containsExactly("data", "cache");
    }
}
