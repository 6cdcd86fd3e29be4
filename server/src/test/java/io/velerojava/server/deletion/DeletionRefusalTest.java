package io.velerojava.server.deletion;

import static org.assertj.core.api.Assertions.assertThat;

import io.velerojava.api.builder.BackupBuilder;
import io.velerojava.api.builder.BackupStorageLocationBuilder;
import io.velerojava.api.v1.Backup;
import io.velerojava.api.v1.BackupPhase;
import io.velerojava.api.v1.BackupStorageLocation;
import io.velerojava.api.v1.BackupStorageLocationAccessMode;
import io.velerojava.api.v1.BackupStorageLocationPhase;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DeletionRefusalTest {

    private static final Optional<BackupStorageLocation> AVAILABLE = Optional.of(
            location().phase(BackupStorageLocationPhase.AVAILABLE).build());

    @Test
    void aCompletedBackupInAnAvailableLocationCanBeDeleted() {
        assertThat(DeletionRefusal.of("b1", Optional.of(backup(BackupPhase.COMPLETED)), AVAILABLE)).isEmpty();
        assertThat(DeletionRefusal.of("b1", Optional.of(backup(BackupPhase.DELETING)), AVAILABLE)).isEmpty();
    }

    @Test
    void refusesWithVelerosReasons() {
        Optional<Backup> completed = Optional.of(backup(BackupPhase.COMPLETED));

        assertThat(DeletionRefusal.of("", completed, AVAILABLE)).contains("spec.backupName is required");
        assertThat(DeletionRefusal.of("b1", Optional.empty(), AVAILABLE)).contains("backup not found");
        assertThat(DeletionRefusal.of("b1", Optional.of(backup(BackupPhase.IN_PROGRESS)), AVAILABLE))
                .contains("backup is still in progress");
        assertThat(DeletionRefusal.of("b1", completed, Optional.empty()))
                .contains("backup storage location primary not found");
        assertThat(DeletionRefusal.of("b1", completed, Optional.of(location()
                .accessMode(BackupStorageLocationAccessMode.READ_ONLY).phase(BackupStorageLocationPhase.AVAILABLE)
                .build())))
                .contains("cannot delete backup because backup storage location primary is currently in read-only mode");
        BackupStorageLocation unavailable = location().phase(BackupStorageLocationPhase.UNAVAILABLE).build();
        unavailable.getStatus().setMessage("bucket not found");
        assertThat(DeletionRefusal.of("b1", completed, Optional.of(unavailable))).contains("cannot delete backup "
                + "because backup storage location primary is currently unavailable, error: bucket not found");
    }

    @Test
    void theGarbageCollectorLabelsWhyItCouldNotDelete() {
        assertThat(LocationProblem.of(Optional.empty())).contains(LocationProblem.NOT_FOUND);
        assertThat(LocationProblem.NOT_FOUND.gcFailureLabel()).isEqualTo("BSLNotFound");
        assertThat(LocationProblem.READ_ONLY.gcFailureLabel()).isEqualTo("BSLReadOnly");
        assertThat(LocationProblem.of(Optional.of(location().build()))).contains(LocationProblem.UNAVAILABLE);
    }

    private static Backup backup(BackupPhase phase) {
        return BackupBuilder.forBackup("velero", "b1").storageLocation("primary").phase(phase).build();
    }

    private static BackupStorageLocationBuilder location() {
        return BackupStorageLocationBuilder.forLocation("velero", "primary").provider("aws").bucket("b");
    }
}
