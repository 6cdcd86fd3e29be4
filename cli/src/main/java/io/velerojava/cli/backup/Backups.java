package io.velerojava.cli.backup;

import io.velerojava.api.v1.Backup;
import io.velerojava.api.v1.BackupPhase;
import io.velerojava.cli.CliContext;
import java.util.List;

/** Looks up Backups for the commands, with the error Velero prints for a missing one. */
final class Backups {

    /** The phases after which a backup's files (log, tarball, results, resource list) are in its location. */
    private static final List<BackupPhase> FINISHED = List.of(BackupPhase.COMPLETED, BackupPhase.PARTIALLY_FAILED,
            BackupPhase.FAILED);

    private Backups() {
    }

    static Backup get(CliContext cli, String name) {
        Backup backup = cli.client().resources(Backup.class).inNamespace(cli.namespace()).withName(name).get();
        if (backup == null) {
            throw new IllegalArgumentException("backups.velero.io \"" + name + "\" not found in namespace "
                    + cli.namespace());
        }
        return backup;
    }

    static BackupPhase phase(Backup backup) {
        return backup.getStatus() == null || backup.getStatus().getPhase() == null
                ? BackupPhase.NEW : backup.getStatus().getPhase();
    }

    static boolean finished(Backup backup) {
        return FINISHED.contains(phase(backup));
    }
}
