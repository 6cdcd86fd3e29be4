package io.velerojava.cli.schedule;

import io.velerojava.api.v1.Schedule;
import io.velerojava.cli.CliContext;
import io.velerojava.cli.ListedObjects;
import io.velerojava.cli.output.OutputFormat;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code velero schedule get [NAMES]}: the schedules as a table, JSON or YAML. */
@Command(name = "get", description = "Get schedules")
public final class GetCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "NAMES", description = "Schedules to show (default: all)")
    private List<String> names = List.of();

    @Option(names = {"-l", "--selector"}, paramLabel = "SELECTOR",
            description = "Only show schedules matching this label selector")
    private String selector;

    @Option(names = {"-o", "--output"}, paramLabel = "FORMAT", description = "table (default), json or yaml")
    private OutputFormat output = OutputFormat.TABLE;

    @Override
    public Integer call() {
        try (CliContext cli = CliContext.of(spec)) {
            List<Schedule> found = ListedObjects.find(
                    cli.client().resources(Schedule.class).inNamespace(cli.namespace()),
                    "schedules.velero.io", names, selector);
            if (output == OutputFormat.TABLE) {
                ScheduleTable.of(found, Instant.now()).print(cli.out());
            } else {
                cli.out().println(output.serialize(found));
            }
            cli.out().flush();
            return 0;
        }
    }
}
