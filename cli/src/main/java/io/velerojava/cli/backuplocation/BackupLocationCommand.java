package io.velerojava.cli.backuplocation;

import io.velerojava.cli.NounCommand;
import picocli.CommandLine.Command;

/** {@code velero backup-location}: the verbs are listed under {@code subcommands}. */
@Command(name = "backup-location", description = "Work with backup storage locations", subcommands = {
    CreateCommand.class,
    GetCommand.class,
    SetCommand.class,
    DeleteCommand.class
})
public final class BackupLocationCommand extends NounCommand {
}
