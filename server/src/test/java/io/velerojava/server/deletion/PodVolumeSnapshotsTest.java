package io.velerojava.server.deletion;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ObjectReferenceBuilder;
import io.velerojava.api.v1.PodVolumeBackup;
import io.velerojava.api.v1.PodVolumeBackupSpec;
import io.velerojava.api.v1.PodVolumeBackupStatus;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PodVolumeSnapshotsTest {

    private static final String SNAPSHOT_A = "0123456789abcdef0123456789abcdef";
    private static final String SNAPSHOT_B = "fedcba9876543210fedcba9876543210";
    private static final String SNAPSHOT_C = "00000000000000000000000000000001";

    @Test
    void groupsSnapshotsByTheNamespaceOfTheVolumesPod() {
        List<PodVolumeBackup> backups = List.of(
                recorded("shop", SNAPSHOT_A), recorded("billing", SNAPSHOT_B), recorded("shop", SNAPSHOT_C));

        assertThat(PodVolumeSnapshots.byVolumeNamespace(backups)).containsExactly(
                Map.entry("billing", List.of(SNAPSHOT_B)), Map.entry("shop", List.of(SNAPSHOT_A, SNAPSHOT_C)));
    }

    @Test
    void volumesWithoutASnapshotHaveNothingToDelete() {
        PodVolumeBackup failed = recorded("shop", null);
        PodVolumeBackup unfinished = recorded("shop", "");
        PodVolumeBackup withoutStatus = recorded("shop", SNAPSHOT_A);
        withoutStatus.setStatus(null);

        assertThat(PodVolumeSnapshots.byVolumeNamespace(List.of(failed, unfinished, withoutStatus))).isEmpty();
        assertThat(PodVolumeSnapshots.byVolumeNamespace(List.of())).isEmpty();
    }

    @Test
    void aRecordWithoutItsPodsNamespaceNamesNoRepository() {
        PodVolumeBackup withoutPod = recorded("shop", SNAPSHOT_A);
        withoutPod.getSpec().setPod(null);

        assertThat(PodVolumeSnapshots.byVolumeNamespace(List.of(withoutPod, recorded("", SNAPSHOT_B)))).isEmpty();
    }

    @Test
    void aSnapshotRecordedTwiceIsDeletedOnce() {
        assertThat(PodVolumeSnapshots.byVolumeNamespace(List.of(recorded("shop", SNAPSHOT_A),
                recorded("shop", SNAPSHOT_A)))).containsExactly(Map.entry("shop", List.of(SNAPSHOT_A)));
    }

    private static PodVolumeBackup recorded(String podNamespace, String snapshotId) {
        PodVolumeBackupSpec spec = new PodVolumeBackupSpec();
        spec.setPod(new ObjectReferenceBuilder().withKind("Pod").withNamespace(podNamespace).withName("web-0")
                .build());
        spec.setVolume("data");
        PodVolumeBackupStatus status = new PodVolumeBackupStatus();
        status.setSnapshotID(snapshotId);
        PodVolumeBackup backup = new PodVolumeBackup();
        backup.setSpec(spec);
        backup.setStatus(status);
        return backup;
    }
}
