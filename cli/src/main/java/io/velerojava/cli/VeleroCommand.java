package io.velerojava.cli;

import io.velerojava.cli.backup.BackupCommand;
import io.velerojava.cli.backuplocation.BackupLocationCommand;
import io.velerojava.cli.install.InstallCommand;
import io.velerojava.cli.install.UninstallCommand;
import io.velerojava.cli.nodeagent.NodeAgentCommand;
import io.velerojava.cli.plugin.PluginCommand;
import io.velerojava.cli.restore.RestoreCommand;
import io.velerojava.cli.schedule.ScheduleCommand;
import io.velerojava.cli.server.ServerCommand;
import io.velerojava.cli.snapshotlocation.SnapshotLocationCommand;
import io.velerojava.cli.version.VersionCommand;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * {@code velero}: the root of the command tree. Commands are grouped by noun ({@code backup create}); to add a group,
 * list its class under {@code subcommands}; to add a verb, list it in its group's {@code subcommands}.
 */
@Command(name = "velero",
        mixinStandardHelpOptions = true,
        scope = ScopeType.INHERIT,
        versionProvider = ClientVersion.class,
        description = "Back up, restore and migrate Kubernetes cluster resources (velero-java).",
        subcommands = {
            BackupCommand.class,
            RestoreCommand.class,
            ScheduleCommand.class,
            BackupLocationCommand.class,
            SnapshotLocationCommand.class,
            PluginCommand.class,
            VersionCommand.class,
            InstallCommand.class,
            UninstallCommand.class,
            ServerCommand.class,
            NodeAgentCommand.class,
            CommandLine.HelpCommand.class
        })
public final class VeleroCommand {

    @Option(names = "--kubeconfig", scope = ScopeType.INHERIT, paramLabel = "PATH",
            description = "Path to the kubeconfig file to use to talk to the Kubernetes apiserver. "
                    + "If unset, try the environment variable KUBECONFIG, as well as in-cluster configuration.")
    private Path kubeconfig;

    @Option(names = "--kubecontext", scope = ScopeType.INHERIT, paramLabel = "CONTEXT",
            description = "The context to use to talk to the Kubernetes apiserver. "
                    + "If unset defaults to whatever your current-context is (kubectl config current-context).")
    private String kubecontext;

    @Option(names = {"-n", "--namespace"}, scope = ScopeType.INHERIT, paramLabel = "NAMESPACE",
            description = "The namespace in which Velero should operate (default: $VELERO_NAMESPACE, else velero).")
    private String namespace;

    /** The command line with the conventions every command relies on. */
    public static CommandLine commandLine() {
        return new CommandLine(new VeleroCommand())
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler(new ErrorReporter());
    }

    Optional<Path> kubeconfig() {
        return Optional.ofNullable(kubeconfig);
    }

    Optional<String> kubecontext() {
        return Optional.ofNullable(kubecontext);
    }

    Optional<String> namespace() {
        return Optional.ofNullable(namespace);
    }
}
