package io.velerojava.cli.snapshotlocation;

import io.velerojava.cli.NounCommand;
import picocli.CommandLine.Command;

/** {@code velero snapshot-location}: the verbs are listed under {@code subcommands}. */
@Command(name = "snapshot-location", description = "Work with snapshot locations", subcommands = {})
public final class SnapshotLocationCommand extends NounCommand {
}
