package io.velerojava.cli.version;

import io.velerojava.cli.ClientVersion;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code velero version}: the client's version (the server's comes through a ServerStatusRequest). */
@Command(name = "version", description = "Print the velero version and associated image")
public final class VersionCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--client-only", description = "Only get velero client version, not server version")
    private boolean clientOnly;

    @Override
    public Integer call() {
        spec.commandLine().getOut().printf("Client:%n\tVersion: %s%n", ClientVersion.version());
        return 0;
    }
}
