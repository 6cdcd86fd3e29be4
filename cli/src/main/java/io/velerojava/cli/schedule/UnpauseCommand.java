package io.velerojava.cli.schedule;

import io.velerojava.cli.ObjectSelection;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code velero schedule unpause NAMES | --all | -l SELECTOR}: the schedules create backups again; a run that is
 * due at once is made unless {@code --skip-immediately}.
 */
@Command(name = "unpause", description = "Unpause schedules")
public final class UnpauseCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private ObjectSelection targets;

    @Option(names = "--skip-immediately", arity = "0..1", fallbackValue = "true", paramLabel = "BOOL",
            description = "Skip the backup that is due right after unpausing (default: the server's "
                    + "--schedule-skip-immediately)")
    private Boolean skipImmediately;

    @Override
    public Integer call() {
        return new PausedState(spec).set(targets.selection(), false, skipImmediately);
    }
}
