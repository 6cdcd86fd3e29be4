package io.velerojava.cli.schedule;

import io.velerojava.api.v1.Schedule;
import io.velerojava.cli.CliContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code velero schedule describe [NAMES]}: each schedule in detail. */
@Command(name = "describe", description = "Describe schedules")
public final class DescribeCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "NAMES", description = "Schedules to describe (default: all)")
    private List<String> names = List.of();

    @Option(names = {"-l", "--selector"}, paramLabel = "SELECTOR",
            description = "Only describe schedules matching this label selector")
    private String selector;

    @Override
    public Integer call() {
        try (CliContext cli = CliContext.of(spec)) {
            var schedules = cli.client().resources(Schedule.class).inNamespace(cli.namespace());
            List<Schedule> found = new ArrayList<>();
            if (!names.isEmpty()) {
                for (String name : names) {
                    Schedule schedule = schedules.withName(name).get();
                    if (schedule == null) {
                        throw new IllegalArgumentException("schedules.velero.io \"" + name + "\" not found");
                    }
                    found.add(schedule);
                }
            } else {
                found.addAll((selector == null ? schedules.list() : schedules.withLabelSelector(selector).list())
                        .getItems());
                found.sort(Comparator.comparing(schedule -> schedule.getMetadata().getName()));
            }
            cli.out().print(String.join("\n\n", found.stream().map(ScheduleDescription::of).toList()));
            cli.out().flush();
            return 0;
        }
    }
}
