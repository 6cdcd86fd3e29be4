package io.velerojava.cli.backup;

import static org.assertj.core.api.Assertions.assertThat;

import io.velerojava.api.builder.BackupBuilder;
import io.velerojava.api.v1.Backup;
import io.velerojava.api.v1.BackupPhase;
import io.velerojava.api.v1.BackupProgress;
import org.junit.jupiter.api.Test;

class BackupWaiterTest {

    @Test
    void aQueuedBackupShowsItsPlaceInTheQueue() {
        Backup backup = BackupBuilder.forBackup("velero", "b").phase(BackupPhase.QUEUED).build();
        backup.getStatus().setQueuePosition(2);

        assertThat(BackupWaiter.progressLine(backup)).isEqualTo("Phase: Queued, position 2 in the queue");
    }

    @Test
    void aRunningBackupShowsItsItems() {
        Backup backup = BackupBuilder.forBackup("velero", "b").phase(BackupPhase.IN_PROGRESS).build();
        BackupProgress progress = new BackupProgress();
        progress.setTotalItems(10);
        progress.setItemsBackedUp(4);
        backup.getStatus().setProgress(progress);

        assertThat(BackupWaiter.progressLine(backup)).isEqualTo("Phase: InProgress, 4/10 items backed up");
        assertThat(BackupWaiter.progressLine(BackupBuilder.forBackup("velero", "b").build())).isEqualTo("Phase: New");
    }
}
