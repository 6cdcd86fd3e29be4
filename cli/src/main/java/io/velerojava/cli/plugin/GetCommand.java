package io.velerojava.cli.plugin;

import io.velerojava.api.v1.PluginInfo;
import io.velerojava.cli.CliContext;
import io.velerojava.cli.GoDurationConverter;
import io.velerojava.cli.serverstatus.ServerStatusQuery;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code velero plugin get}: the server's plugins by name and kind, as the server reports them. */
@Command(name = "get", description = "Get information for all plugins on the velero server")
public final class GetCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--timeout", converter = GoDurationConverter.class, paramLabel = "DURATION",
            description = "Maximum time to wait for plugin information to be reported (default 5s)")
    private Duration timeout = Duration.ofSeconds(5);

    @Override
    public Integer call() {
        try (CliContext cli = CliContext.of(spec)) {
            List<PluginInfo> plugins = new ServerStatusQuery(cli.client(), cli.namespace()).ask(timeout).getPlugins();
            int width = Math.max("NAME".length(), plugins.stream().mapToInt(p -> p.getName().length()).max().orElse(0));
            String row = "%-" + width + "s   %s%n";
            cli.out().printf(row, "NAME", "KIND");
            plugins.stream().sorted(Comparator.comparing(PluginInfo::getKind).thenComparing(PluginInfo::getName))
                    .forEach(plugin -> cli.out().printf(row, plugin.getName(), plugin.getKind()));
            cli.out().flush();
            return 0;
        }
    }
}
