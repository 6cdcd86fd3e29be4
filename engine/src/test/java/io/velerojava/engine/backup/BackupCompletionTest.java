package io.velerojava.engine.backup;

import static org.assertj.core.api.Assertions.assertThat;

import io.velerojava.api.v1.Backup;
import io.velerojava.api.v1.BackupPhase;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BackupCompletionTest {

    private static final Instant END = Instant.parse("2026-01-02T03:04:05.678Z");

    @Test
    void errorsMakeABackupPartiallyFailed() {
        assertThat(BackupCompletion.phaseOf(new BackupOutcome(9, 10, 0, 1, Optional.empty(), END)))
                .isEqualTo(BackupPhase.PARTIALLY_FAILED);
        assertThat(BackupCompletion.phaseOf(new BackupOutcome(10, 10, 3, 0, Optional.empty(), END)))
                .isEqualTo(BackupPhase.COMPLETED);
    }

    @Test
    void aFailureWinsOverCounts() {
        assertThat(BackupCompletion.phaseOf(BackupOutcome.failed("bucket gone", END))).isEqualTo(BackupPhase.FAILED);
    }

    @Test
    void completionWritesCountsProgressAndWholeSecondTime() {
        Backup backup = new Backup();

        BackupCompletion.complete(backup, new BackupOutcome(7, 8, 2, 1, Optional.empty(), END));

        assertThat(backup.getStatus().getPhase()).isEqualTo(BackupPhase.PARTIALLY_FAILED);
        assertThat(backup.getStatus().getWarnings()).isEqualTo(2);
        assertThat(backup.getStatus().getErrors()).isEqualTo(1);
        assertThat(backup.getStatus().getProgress().getItemsBackedUp()).isEqualTo(7);
        assertThat(backup.getStatus().getProgress().getTotalItems()).isEqualTo(8);
        assertThat(backup.getStatus().getCompletionTimestamp()).isEqualTo("2026-01-02T03:04:05Z");
        assertThat(backup.getStatus().getFailureReason()).isNull();
    }
}
