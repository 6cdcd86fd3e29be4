package io.velerojava.cli.restore;

import io.velerojava.api.v1.Restore;
import io.velerojava.cli.CliContext;
import io.velerojava.cli.LabelSelectorConverter;
import io.velerojava.cli.output.OutputFormat;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code velero restore get [NAMES]}. */
@Command(name = "get", description = "Get restores")
public final class GetCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "NAMES", description = "Restores to show (default: all)")
    private List<String> names = List.of();

    @Option(names = {"-l", "--selector"}, paramLabel = "SELECTOR",
            description = "Only show items matching this label selector")
    private String selector;

    @Option(names = {"-o", "--output"}, paramLabel = "FORMAT",
            description = "Output display format: table, json or yaml (default table)")
    private OutputFormat format = OutputFormat.TABLE;

    @Override
    public Integer call() {
        try (CliContext cli = CliContext.of(spec)) {
            List<Restore> restores = names.isEmpty() ? list(cli) : names.stream().map(n -> Restores.get(cli, n))
                    .toList();
            if (format == OutputFormat.TABLE) {
                cli.out().print(RestoreTable.render(restores, ZoneId.systemDefault()));
            } else {
                cli.out().println(format.serialize(restores));
            }
            cli.out().flush();
            return 0;
        }
    }

    private List<Restore> list(CliContext cli) {
        var restores = cli.client().resources(Restore.class).inNamespace(cli.namespace());
        List<Restore> items = selector == null ? restores.list().getItems()
                : restores.withLabelSelector(new LabelSelectorConverter().convert(selector)).list().getItems();
        return items.stream().sorted(Comparator.comparing(r -> r.getMetadata().getName())).toList();
    }
}
