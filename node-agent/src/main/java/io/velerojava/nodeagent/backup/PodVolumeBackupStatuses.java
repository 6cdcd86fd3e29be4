package io.velerojava.nodeagent.backup;

import io.velerojava.api.shared.DataMoveOperationProgress;
import io.velerojava.api.v1.PodVolumeBackupPhase;
import io.velerojava.api.v1.PodVolumeBackupStatus;
import io.velerojava.repository.SnapshotResult;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** The status of a PodVolumeBackup at each step; pure, so the transitions are tested without a cluster. */
final class PodVolumeBackupStatuses {

    static final String INTERRUPTED = "found a PodVolumeBackup with status \"InProgress\" during the node agent "
            + "starting, mark it as \"Failed\"";

    private static final int WARNINGS_SHOWN = 5;

    private PodVolumeBackupStatuses() {
    }

    static PodVolumeBackupStatus started(String path, Instant now) {
        PodVolumeBackupStatus status = new PodVolumeBackupStatus();
        status.setPhase(PodVolumeBackupPhase.IN_PROGRESS);
        status.setPath(path);
        status.setStartTimestamp(timestamp(now));
        status.setProgress(progress(0, 0));
        return status;
    }

    static PodVolumeBackupStatus completed(PodVolumeBackupStatus status, SnapshotResult result, Instant now) {
        status.setPhase(PodVolumeBackupPhase.COMPLETED);
        status.setSnapshotID(result.snapshotId());
        status.setProgress(progress(result.bytes(), result.bytes()));
        status.setIncrementalBytes(result.newBytes());
        status.setCompletionTimestamp(timestamp(now));
        status.setMessage(warningsMessage(result.warnings()));
        return status;
    }

    /** @param status the current status, or null if the backup never started */
    static PodVolumeBackupStatus failed(PodVolumeBackupStatus status, String message, Instant now) {
        PodVolumeBackupStatus failed = status == null ? new PodVolumeBackupStatus() : status;
        failed.setPhase(PodVolumeBackupPhase.FAILED);
        failed.setMessage(message);
        if (failed.getStartTimestamp() == null) {
            failed.setStartTimestamp(timestamp(now));
        }
        failed.setCompletionTimestamp(timestamp(now));
        return failed;
    }

    static DataMoveOperationProgress progress(long bytesDone, long totalBytes) {
        DataMoveOperationProgress progress = new DataMoveOperationProgress();
        progress.setBytesDone(bytesDone);
        progress.setTotalBytes(totalBytes);
        return progress;
    }

    /** Entries the snapshot left out (sockets, devices) are worth a message, not a failure. */
    private static String warningsMessage(List<String> warnings) {
        if (warnings.isEmpty()) {
            return null;
        }
        String shown = String.join("; ", warnings.subList(0, Math.min(WARNINGS_SHOWN, warnings.size())));
        return warnings.size() + " entries left out: " + shown
                + (warnings.size() > WARNINGS_SHOWN ? "; ..." : "");
    }

    private static String timestamp(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
