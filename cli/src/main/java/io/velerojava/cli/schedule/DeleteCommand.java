package io.velerojava.cli.schedule;

import io.velerojava.api.v1.Schedule;
import io.velerojava.cli.CliContext;
import io.velerojava.cli.ObjectSelection;
import io.velerojava.cli.confirm.Confirmation;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code velero schedule delete NAMES | --all | -l SELECTOR}: deletes schedules; their backups stay unless the
 * schedule owns them ({@code useOwnerReferencesInBackup}).
 */
@Command(name = "delete", description = "Delete schedules")
public final class DeleteCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private ObjectSelection targets;

    @Option(names = "--confirm", description = "Confirm deletion")
    private boolean confirm;

    @Override
    public Integer call() {
        ObjectSelection.Selection selection = targets.selection();
        try (CliContext cli = CliContext.of(spec)) {
            List<String> errors = new ArrayList<>();
            List<Schedule> found = Schedules.find(cli, selection, errors);
            if (found.isEmpty() && errors.isEmpty()) {
                cli.out().println("No schedules found");
            } else if (!found.isEmpty() && !confirm && !Confirmation.ask(cli.out(), System.in)) {
                cli.out().println("Cancelled.");
                cli.out().flush();
                return 1;
            }
            for (Schedule schedule : found) {
                cli.client().resource(schedule).delete();
                cli.out().println("Schedule deleted: " + schedule.getMetadata().getName());
            }
            errors.forEach(error -> cli.err().println("An error occurred: " + error));
            cli.out().flush();
            cli.err().flush();
            return errors.isEmpty() ? 0 : 1;
        }
    }
}
