package io.velerojava.cli.schedule;

import io.velerojava.api.v1.Schedule;
import io.velerojava.cli.CliContext;
import io.velerojava.cli.ObjectSelection;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;

/** Sets {@code spec.paused} (and, on unpause, {@code spec.skipImmediately}) of the selected schedules. */
final class PausedState {

    private final CommandSpec spec;

    PausedState(CommandSpec spec) {
        this.spec = spec;
    }

    /** @param skipImmediately written to the spec when not null */
    int set(ObjectSelection.Selection selection, boolean paused, Boolean skipImmediately) {
        String verb = paused ? "paused" : "unpaused";
        try (CliContext cli = CliContext.of(spec)) {
            List<String> errors = new ArrayList<>();
            for (Schedule schedule : Schedules.find(cli, selection, errors)) {
                if (paused == Boolean.TRUE.equals(schedule.getSpec().getPaused())
                        && skipImmediately == null) {
                    cli.out().printf("Schedule \"%s\" is already %s, skipping.%n", schedule.getMetadata().getName(),
                            verb);
                    continue;
                }
                cli.client().resource(schedule).edit(current -> {
                    current.getSpec().setPaused(paused);
                    if (skipImmediately != null) {
                        current.getSpec().setSkipImmediately(skipImmediately);
                    }
                    return current;
                });
                cli.out().printf("Schedule \"%s\" %s successfully.%n", schedule.getMetadata().getName(), verb);
            }
            errors.forEach(error -> cli.err().println("An error occurred: " + error));
            cli.out().flush();
            cli.err().flush();
            return errors.isEmpty() ? 0 : 1;
        }
    }
}
