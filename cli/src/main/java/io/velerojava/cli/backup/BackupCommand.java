package io.velerojava.cli.backup;

import io.velerojava.cli.NounCommand;
import picocli.CommandLine.Command;

/** {@code velero backup}: the backup verbs. */
@Command(name = "backup", description = "Work with backups", subcommands = {
        CreateCommand.class,
        GetCommand.class,
        DescribeCommand.class,
        LogsCommand.class,
        DownloadCommand.class,
        DeleteCommand.class
})
public final class BackupCommand extends NounCommand {
}
