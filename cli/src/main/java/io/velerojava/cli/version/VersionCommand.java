package io.velerojava.cli.version;

import io.velerojava.cli.CliContext;
import io.velerojava.cli.ClientVersion;
import io.velerojava.cli.GoDurationConverter;
import io.velerojava.cli.serverstatus.ServerStatusQuery;
import io.velerojava.cli.serverstatus.ServerUnreachableException;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code velero version}: the client's version and, through a ServerStatusRequest, the server's. */
@Command(name = "version", description = "Print the velero version and associated image")
public final class VersionCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--client-only", description = "Only get velero client version, not server version")
    private boolean clientOnly;

    @Option(names = "--timeout", converter = GoDurationConverter.class, paramLabel = "DURATION",
            description = "Maximum time to wait for server version to be reported (default 5s)")
    private Duration timeout = Duration.ofSeconds(5);

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        out.printf("Client:%n\tVersion: %s%n", ClientVersion.version());
        if (clientOnly) {
            out.flush();
            return 0;
        }
        try (CliContext cli = CliContext.of(spec)) {
            String server = new ServerStatusQuery(cli.client(), cli.namespace()).ask(timeout).getServerVersion();
            out.printf("Server:%n\tVersion: %s%n", server);
        } catch (ServerUnreachableException e) {
            out.printf("Server:%n\t<error getting server version: %s>%n", e.getMessage());
        }
        out.flush();
        return 0;
    }
}
