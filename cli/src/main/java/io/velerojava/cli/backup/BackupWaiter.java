package io.velerojava.cli.backup;

import io.velerojava.api.v1.Backup;
import io.velerojava.api.v1.BackupPhase;
import io.velerojava.api.v1.BackupProgress;
import io.velerojava.cli.CliContext;
import java.util.List;

/** {@code --wait}: polls the Backup, printing its progress, until it reaches a final phase. */
final class BackupWaiter {

    private static final List<BackupPhase> FINAL = List.of(BackupPhase.COMPLETED, BackupPhase.PARTIALLY_FAILED,
            BackupPhase.FAILED, BackupPhase.FAILED_VALIDATION);
    private static final long POLL_MILLIS = 1000;

    private final CliContext cli;

    BackupWaiter(CliContext cli) {
        this.cli = cli;
    }

    /** @return 0 when the backup completed, 1 otherwise */
    int await(String name) throws InterruptedException {
        cli.out().println("Waiting for backup to complete. You may safely press ctrl-c to stop waiting - your backup "
                + "will continue in the background.");
        String lastLine = "";
        while (true) {
            Backup backup = cli.client().resources(Backup.class).inNamespace(cli.namespace()).withName(name).get();
            if (backup == null) {
                cli.err().println("backup " + name + " no longer exists");
                return 1;
            }
            BackupPhase phase = backup.getStatus() == null ? null : backup.getStatus().getPhase();
            String line = progressLine(backup);
            if (!line.equals(lastLine)) {
                cli.out().println(line);
                cli.out().flush();
                lastLine = line;
            }
            if (phase != null && FINAL.contains(phase)) {
                cli.out().printf("%nBackup completed with status: %s. You may check for more information using the "
                        + "commands `velero backup describe %s` and `velero backup logs %s`.%n", phase, name, name);
                if (BackupPhase.FAILED_VALIDATION.equals(phase) && backup.getStatus().getValidationErrors() != null) {
                    backup.getStatus().getValidationErrors().forEach(error -> cli.out().println("  * " + error));
                }
                return BackupPhase.COMPLETED.equals(phase) ? 0 : 1;
            }
            Thread.sleep(POLL_MILLIS);
        }
    }

    static String progressLine(Backup backup) {
        BackupPhase phase = backup.getStatus() == null || backup.getStatus().getPhase() == null
                ? BackupPhase.NEW : backup.getStatus().getPhase();
        BackupProgress progress = backup.getStatus() == null ? null : backup.getStatus().getProgress();
        if (BackupPhase.QUEUED.equals(phase) && backup.getStatus().getQueuePosition() != null) {
            return "Phase: " + phase + ", position " + backup.getStatus().getQueuePosition() + " in the queue";
        }
        if (progress == null || progress.getTotalItems() == null) {
            return "Phase: " + phase;
        }
        return "Phase: " + phase + ", " + (progress.getItemsBackedUp() == null ? 0 : progress.getItemsBackedUp())
                + "/" + progress.getTotalItems() + " items backed up";
    }
}
