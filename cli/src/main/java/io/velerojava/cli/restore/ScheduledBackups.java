package io.velerojava.cli.restore;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.velerojava.api.VeleroLabels;
import io.velerojava.api.v1.Backup;
import io.velerojava.api.v1.BackupPhase;
import java.util.Comparator;
import java.util.Objects;

/**
 * The backups of a schedule, for {@code --allow-partially-failed}: the CLI then picks the backup itself, as
 * Velero's does, because the server only considers Completed ones.
 */
final class ScheduledBackups {

    private final KubernetesClient client;
    private final String namespace;

    ScheduledBackups(KubernetesClient client, String namespace) {
        this.client = client;
        this.namespace = namespace;
    }

    String newestCompletedOrPartiallyFailed(String schedule) {
        return client.resources(Backup.class).inNamespace(namespace).withLabel(VeleroLabels.SCHEDULE_NAME, schedule)
                .list().getItems().stream()
                .filter(backup -> backup.getStatus() != null
                        && (BackupPhase.COMPLETED.equals(backup.getStatus().getPhase())
                        || BackupPhase.PARTIALLY_FAILED.equals(backup.getStatus().getPhase())))
                .max(Comparator.comparing(backup -> Objects.requireNonNullElse(
                        backup.getStatus().getStartTimestamp(), "")))
                .map(backup -> backup.getMetadata().getName())
                .orElseThrow(() -> new IllegalArgumentException("schedule " + schedule
                        + " has no Completed or PartiallyFailed backup to restore"));
    }
}
