package io.velerojava.cli.restore;

import io.velerojava.cli.NounCommand;
import picocli.CommandLine.Command;

/** {@code velero restore}: the restore verbs are listed under {@code subcommands}. */
@Command(name = "restore", description = "Work with restores", subcommands = {
        CreateCommand.class,
        GetCommand.class,
        DescribeCommand.class,
        LogsCommand.class,
        DeleteCommand.class
})
public final class RestoreCommand extends NounCommand {
}
