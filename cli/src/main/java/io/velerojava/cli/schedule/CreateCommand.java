package io.velerojava.cli.schedule;

import io.velerojava.api.builder.ScheduleBuilder;
import io.velerojava.api.cron.CronSchedule;
import io.velerojava.api.v1.Schedule;
import io.velerojava.cli.CliContext;
import io.velerojava.cli.backup.BackupSpecOptions;
import io.velerojava.cli.output.OutputFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code velero schedule create NAME --schedule CRON}: a Schedule whose backups use the template built from the
 * same flags as {@code velero backup create} (its {@code --labels} label the Schedule itself, as in Velero). The
 * cron expression is checked here so that a typo fails at once instead of as FailedValidation later.
 */
@Command(name = "create", description = "Create a schedule",
        footer = {"", "The --schedule flag is required, in cron notation (minute hour day-of-month month "
                + "day-of-week, in UTC unless prefixed with CRON_TZ=<zone>), or @every <duration>, or @daily etc."})
public final class CreateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME", description = "Name of the schedule")
    String name;

    @Option(names = "--schedule", required = true, paramLabel = "CRON",
            description = "A cron expression specifying a recurring schedule for this backup to run")
    String cron;

    @Mixin
    BackupSpecOptions templateOptions;

    @Option(names = "--paused", description = "Specifies whether the newly created schedule is paused or not")
    boolean paused;

    @Option(names = "--skip-immediately", arity = "0..1", fallbackValue = "true", paramLabel = "BOOL",
            description = "Skip the first scheduled backup immediately after creating the schedule "
                    + "(default: the server's --schedule-skip-immediately)")
    Boolean skipImmediately;

    @Option(names = "--use-owner-references-in-backup",
            description = "Specifies whether to use OwnerReferences on backups created by this Schedule. Notice: "
                    + "if set to true, when schedule is deleted, backups will be deleted too")
    boolean useOwnerReferencesInBackup;

    @Option(names = "--labels", split = ",", paramLabel = "KEY=VALUE", description = "Labels to apply to the schedule")
    Map<String, String> labels = new LinkedHashMap<>();

    @Option(names = "--annotations", split = ",", paramLabel = "KEY=VALUE",
            description = "Accepted for compatibility with Velero, which ignores it too")
    Map<String, String> annotations = new LinkedHashMap<>();

    @Option(names = {"-o", "--output"}, paramLabel = "FORMAT",
            description = "Print the schedule as json or yaml instead of creating it")
    OutputFormat output;

    @Override
    public Integer call() {
        try (CliContext cli = CliContext.of(spec)) {
            Schedule schedule = toSchedule(cli.namespace());
            if (output != null && output != OutputFormat.TABLE) {
                cli.out().println(output.serialize(List.of(schedule)));
                cli.out().flush();
                return 0;
            }
            cli.client().resource(schedule).create();
            cli.out().printf("Schedule \"%s\" created successfully.%n", name);
            cli.out().flush();
            return 0;
        }
    }

    /** The Schedule the flags describe; pure, so flag handling is tested without a cluster. */
    Schedule toSchedule(String namespace) {
        CronSchedule.parse(cron);
        ScheduleBuilder builder = ScheduleBuilder.forSchedule(namespace, name).cron(cron)
                .template(templateOptions.toBackupSpec())
                .paused(paused)
                .useOwnerReferencesInBackup(useOwnerReferencesInBackup)
                .skipImmediately(skipImmediately);
        labels.forEach(builder::labels);
        return builder.build();
    }
}
