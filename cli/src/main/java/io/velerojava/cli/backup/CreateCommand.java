package io.velerojava.cli.backup;

import io.velerojava.api.builder.BackupBuilder;
import io.velerojava.api.v1.Backup;
import io.velerojava.api.v1.Schedule;
import io.velerojava.cli.CliContext;
import io.velerojava.cli.output.OutputFormat;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
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

/** {@code velero backup create NAME}: submits a Backup with Velero's flags, optionally waiting for it. */
@Command(name = "create", description = "Create a backup")
public final class CreateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    private static final DateTimeFormatter SCHEDULED_NAME_TIME =
            DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ZoneOffset.UTC);

    @Parameters(index = "0", arity = "0..1", paramLabel = "NAME",
            description = "Name of the backup (optional with --from-schedule)")
    String name;

    @Option(names = "--from-schedule", paramLabel = "SCHEDULE",
            description = "Create a backup from the template of an existing schedule; other filter flags are "
                    + "ignored")
    String fromSchedule;

    @Mixin
    BackupSpecOptions specOptions;

    @Option(names = "--labels", split = ",", paramLabel = "KEY=VALUE", description = "Labels to apply to the backup")
    Map<String, String> labels = new LinkedHashMap<>();

    @Option(names = "--annotations", split = ",", paramLabel = "KEY=VALUE",
            description = "Annotations to apply to the backup")
    Map<String, String> annotations = new LinkedHashMap<>();

    @Option(names = {"-w", "--wait"}, description = "Wait for the operation to complete")
    boolean waitForCompletion;

    @Option(names = {"-o", "--output"}, paramLabel = "FORMAT",
            description = "Print the backup as json or yaml instead of creating it")
    OutputFormat output;

    @Override
    public Integer call() throws InterruptedException {
        try (CliContext cli = CliContext.of(spec)) {
            Backup backup = fromSchedule != null ? fromSchedule(cli) : toBackup(cli.namespace());
            if (output != null && output != OutputFormat.TABLE) {
                cli.out().println(output.serialize(List.of(backup)));
                return 0;
            }
            cli.client().resource(backup).create();
            cli.out().printf("Backup request \"%s\" submitted successfully.%n", name);
            if (!waitForCompletion) {
                cli.out().printf("Run `velero backup describe %s` or `velero backup logs %s` for more details.%n",
                        name, name);
                return 0;
            }
            return new BackupWaiter(cli).await(name);
        }
    }

    /** The Backup the flags describe; pure, so flag handling is tested without a cluster. */
    Backup toBackup(String namespace) {
        if (name == null) {
            throw new IllegalArgumentException("a backup name is required unless --from-schedule is given");
        }
        Backup backup = BackupBuilder.forBackup(namespace, name).build();
        backup.setSpec(specOptions.toBackupSpec());
        if (!labels.isEmpty()) {
            backup.getMetadata().setLabels(new LinkedHashMap<>(labels));
        }
        if (!annotations.isEmpty()) {
            backup.getMetadata().setAnnotations(new LinkedHashMap<>(annotations));
        }
        return backup;
    }

    /** Velero's {@code --from-schedule}: the schedule's template, named {@code <schedule>-<UTC time>}. */
    private Backup fromSchedule(CliContext cli) {
        Schedule schedule = cli.client().resources(Schedule.class).inNamespace(cli.namespace())
                .withName(fromSchedule).get();
        if (schedule == null) {
            throw new IllegalArgumentException("schedule " + cli.namespace() + "/" + fromSchedule
                    + " does not exist");
        }
        if (name == null) {
            name = fromSchedule + "-" + SCHEDULED_NAME_TIME.format(Instant.now());
        }
        return BackupBuilder.fromSchedule(schedule, name).build();
    }
}
