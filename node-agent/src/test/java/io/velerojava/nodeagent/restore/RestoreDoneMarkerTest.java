package io.velerojava.nodeagent.restore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.velerojava.api.VeleroLabels;
import io.velerojava.api.v1.PodVolumeRestore;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RestoreDoneMarkerTest {

    @TempDir
    Path volume;

    @Test
    void theMarkerIsNamedAfterTheRestoreUid() throws Exception {
        PodVolumeRestore restore = new PodVolumeRestore();
        restore.setMetadata(new ObjectMetaBuilder().withName("r-1")
                .addToLabels(VeleroLabels.RESTORE_UID, "0c1d-uid").build());

        Path marker = RestoreDoneMarker.write(volume, restore);

        assertThat(marker).isEqualTo(volume.resolve(".velero/0c1d-uid")).isRegularFile();
    }

    @Test
    void withoutTheLabelTheOwningRestoreGivesTheUid() {
        PodVolumeRestore restore = new PodVolumeRestore();
        restore.setMetadata(new ObjectMetaBuilder().withName("r-1").addNewOwnerReference().withKind("Restore")
                .withName("r").withUid("owner-uid").withApiVersion("velero.io/v1").endOwnerReference().build());

        assertThat(RestoreDoneMarker.restoreUid(restore)).isEqualTo("owner-uid");
    }

    @Test
    void aRestoreNamingNoRestoreIsRefused() {
        PodVolumeRestore restore = new PodVolumeRestore();
        restore.setMetadata(new ObjectMetaBuilder().withName("r-1").build());

        assertThatThrownBy(() -> RestoreDoneMarker.restoreUid(restore))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(VeleroLabels.RESTORE_UID);
    }
}
