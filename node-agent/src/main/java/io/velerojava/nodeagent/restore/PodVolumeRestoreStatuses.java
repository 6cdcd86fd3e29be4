package io.velerojava.nodeagent.restore;

import io.velerojava.api.shared.DataMoveOperationProgress;
import io.velerojava.api.v1.PodVolumeRestorePhase;
import io.velerojava.api.v1.PodVolumeRestoreStatus;
import io.velerojava.repository.RestoreResult;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** The status of a PodVolumeRestore at each step; pure, so the transitions are tested without a cluster. */
final class PodVolumeRestoreStatuses {

    static final String INTERRUPTED = "found a PodVolumeRestore with status \"InProgress\" during the node agent "
            + "starting, mark it as \"Failed\"";

    private static final int WARNINGS_SHOWN = 5;

    private PodVolumeRestoreStatuses() {
    }

    static PodVolumeRestoreStatus started(String node, long totalBytes, Instant now) {
        PodVolumeRestoreStatus status = new PodVolumeRestoreStatus();
        status.setPhase(PodVolumeRestorePhase.IN_PROGRESS);
        status.setNode(node);
        status.setStartTimestamp(timestamp(now));
        status.setProgress(progress(0, totalBytes));
        return status;
    }

    static PodVolumeRestoreStatus completed(PodVolumeRestoreStatus status, RestoreResult result, Instant now) {
        status.setPhase(PodVolumeRestorePhase.COMPLETED);
        status.setProgress(progress(result.bytes(), result.bytes()));
        status.setCompletionTimestamp(timestamp(now));
        status.setMessage(result.warnings().isEmpty() ? null
                : result.warnings().size() + " warnings: " + String.join("; ", result.warnings().subList(0,
                        Math.min(WARNINGS_SHOWN, result.warnings().size()))));
        return status;
    }

    /** @param status the current status, or null if the restore never started */
    static PodVolumeRestoreStatus failed(PodVolumeRestoreStatus status, String message, Instant now) {
        PodVolumeRestoreStatus failed = status == null ? new PodVolumeRestoreStatus() : status;
        failed.setPhase(PodVolumeRestorePhase.FAILED);
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

    private static String timestamp(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
