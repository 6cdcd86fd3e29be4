package io.velerojava.nodeagent.backup;

import static org.assertj.core.api.Assertions.assertThat;

import io.velerojava.api.v1.PodVolumeBackupPhase;
import io.velerojava.api.v1.PodVolumeBackupStatus;
import io.velerojava.repository.SnapshotResult;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PodVolumeBackupStatusesTest {

    private static final Instant START = Instant.parse("2026-05-20T03:00:00.250Z");
    private static final Instant END = Instant.parse("2026-05-20T03:01:10.900Z");

    @Test
    void aCompletedBackupRecordsTheSnapshotSizesAndTimes() {
        PodVolumeBackupStatus status = PodVolumeBackupStatuses.started("/pods/uid/volumes/x/data", START);
        assertThat(status.getPhase()).isEqualTo(PodVolumeBackupPhase.IN_PROGRESS);
        assertThat(status.getProgress().getBytesDone()).isZero();

        PodVolumeBackupStatuses.completed(status, new SnapshotResult("abc", 3, 1, 4096, 1024, 600, 0,
                Duration.ofSeconds(70), List.of()), END);

        assertThat(status.getPhase()).isEqualTo(PodVolumeBackupPhase.COMPLETED);
        assertThat(status.getSnapshotID()).isEqualTo("abc");
        assertThat(status.getPath()).isEqualTo("/pods/uid/volumes/x/data");
        assertThat(status.getProgress().getBytesDone()).isEqualTo(4096);
        assertThat(status.getProgress().getTotalBytes()).isEqualTo(4096);
        assertThat(status.getIncrementalBytes()).isEqualTo(1024);
        assertThat(status.getStartTimestamp()).isEqualTo("2026-05-20T03:00:00Z");
        assertThat(status.getCompletionTimestamp()).isEqualTo("2026-05-20T03:01:10Z");
        assertThat(status.getMessage()).isNull();
    }

    @Test
    void leftOutEntriesAreNamedInTheMessage() {
        PodVolumeBackupStatus status = PodVolumeBackupStatuses.started("/p", START);
        List<String> warnings = List.of("w1", "w2", "w3", "w4", "w5", "w6");

        PodVolumeBackupStatuses.completed(status, new SnapshotResult("abc", 0, 1, 0, 0, 0, 0, Duration.ZERO,
                warnings), END);

        assertThat(status.getPhase()).isEqualTo(PodVolumeBackupPhase.COMPLETED);
        assertThat(status.getMessage()).isEqualTo("6 entries left out: w1; w2; w3; w4; w5; ...");
    }

    @Test
    void aBackupThatNeverStartedFailsWithStartAndCompletionTimes() {
        PodVolumeBackupStatus status = PodVolumeBackupStatuses.failed(null, "pod gone", END);

        assertThat(status.getPhase()).isEqualTo(PodVolumeBackupPhase.FAILED);
        assertThat(status.getMessage()).isEqualTo("pod gone");
        assertThat(status.getStartTimestamp()).isEqualTo("2026-05-20T03:01:10Z");
        assertThat(status.getCompletionTimestamp()).isEqualTo("2026-05-20T03:01:10Z");
    }

    @Test
    void aFailureDuringTheRunKeepsTheStartTime() {
        PodVolumeBackupStatus status = PodVolumeBackupStatuses.started("/p", START);

        PodVolumeBackupStatuses.failed(status, "bucket unreachable", END);

        assertThat(status.getStartTimestamp()).isEqualTo("2026-05-20T03:00:00Z");
        assertThat(status.getPath()).isEqualTo("/p");
    }
}
