package io.velerojava.cli.nodeagent;

import io.velerojava.cli.NounCommand;
import picocli.CommandLine.Command;

/** {@code velero node-agent}: the agent that backs up and restores pod volumes on each node. */
@Command(name = "node-agent", description = "Work with node-agent", subcommands = NodeAgentServerCommand.class)
public final class NodeAgentCommand extends NounCommand {
}
