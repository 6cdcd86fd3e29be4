package io.velerojava.cli.snapshotlocation;

import io.velerojava.cli.NounCommand;
import picocli.CommandLine.Command;

/** {@code velero snapshot-location}: the verbs are listed under {@code subcommands}; Velero has no delete. */
@Command(name = "snapshot-location", description = "Work with snapshot locations", subcommands = {
    CreateCommand.class,
    GetCommand.class,
    SetCommand.class
})
public final class SnapshotLocationCommand extends NounCommand {
}
