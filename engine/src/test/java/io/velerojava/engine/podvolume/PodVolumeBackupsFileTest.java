package io.velerojava.engine.podvolume;

import static org.assertj.core.api.Assertions.assertThat;

import io.velerojava.api.v1.PodVolumeBackup;
import io.velerojava.api.v1.PodVolumeBackupPhase;
import io.velerojava.api.v1.PodVolumeBackupSpec;
import io.velerojava.api.v1.PodVolumeBackupStatus;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

class PodVolumeBackupsFileTest {

    @Test
    void theFileIsAGzippedJsonArrayOfTheObjects() throws Exception {
        PodVolumeBackup backup = new PodVolumeBackup();
        backup.getMetadata().setName("nightly-x7k2p");
        backup.getMetadata().setNamespace("velero");
        PodVolumeBackupSpec spec = new PodVolumeBackupSpec();
        spec.setVolume("data");
        backup.setSpec(spec);
        PodVolumeBackupStatus status = new PodVolumeBackupStatus();
        status.setPhase(PodVolumeBackupPhase.COMPLETED);
        status.setSnapshotID("abc");
        backup.setStatus(status);

        byte[] file = PodVolumeBackupsFile.write(List.of(backup));

        String json = new String(new GZIPInputStream(new ByteArrayInputStream(file)).readAllBytes(),
                StandardCharsets.UTF_8);
        assertThat(json).startsWith("[{\"apiVersion\":\"velero.io/v1\",\"kind\":\"PodVolumeBackup\"");
        List<PodVolumeBackup> read = PodVolumeBackupsFile.read(new ByteArrayInputStream(file));
        assertThat(read).singleElement().satisfies(copy -> {
            assertThat(copy.getMetadata().getName()).isEqualTo("nightly-x7k2p");
            assertThat(copy.getSpec().getVolume()).isEqualTo("data");
            assertThat(copy.getStatus().getSnapshotID()).isEqualTo("abc");
        });
        assertThat(PodVolumeBackupsFile.read(new ByteArrayInputStream(PodVolumeBackupsFile.write(List.of()))))
                .isEmpty();
    }
}
