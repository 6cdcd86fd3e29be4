package io.velerojava.cli.plugin;

import io.velerojava.cli.NounCommand;
import picocli.CommandLine.Command;

/** {@code velero plugin}: the plugins the server runs. */
@Command(name = "plugin", description = "Work with plugins", subcommands = {GetCommand.class})
public final class PluginCommand extends NounCommand {
}
