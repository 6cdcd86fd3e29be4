package io.velerojava.server;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.javaoperatorsdk.operator.api.reconciler.Reconciler;
import io.velerojava.server.backup.BackupReconciler;
import io.velerojava.server.location.BackupStorageLocationReconciler;
import io.velerojava.server.restore.RestoreReconciler;
import io.velerojava.server.deletion.BackupDeletionReconciler;
import io.velerojava.server.deletion.GarbageCollectionReconciler;
import io.velerojava.server.download.DownloadRequestReconciler;
import io.velerojava.server.schedule.ScheduleReconciler;
import io.velerojava.server.status.ServerStatusRequestReconciler;
import io.velerojava.server.sync.BackupSyncReconciler;
import java.util.List;

/**
 * Every controller of {@code velero server}. To add one, write a {@link Reconciler} for its kind taking the
 * {@link ServerContext} and add one line here; {@link VeleroServer} registers each for the server's namespace.
 */
public final class Controllers {

    private Controllers() {
    }

    public static List<Reconciler<? extends HasMetadata>> all(ServerContext context) {
        return List.of(
                new BackupStorageLocationReconciler(context),
                new BackupReconciler(context),
                new RestoreReconciler(context),
                new ScheduleReconciler(context),
                new GarbageCollectionReconciler(context),
                new BackupDeletionReconciler(context),
                new BackupSyncReconciler(context),
                new DownloadRequestReconciler(context),
                new ServerStatusRequestReconciler(context));
    }
}
