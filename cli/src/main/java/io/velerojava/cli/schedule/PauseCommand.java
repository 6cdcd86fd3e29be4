package io.velerojava.cli.schedule;

import io.velerojava.cli.ObjectSelection;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code velero schedule pause NAMES | --all | -l SELECTOR}: the schedules stop creating backups. */
@Command(name = "pause", description = "Pause schedules")
public final class PauseCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private ObjectSelection targets;

    @Override
    public Integer call() {
        return new PausedState(spec).set(targets.selection(), true, null);
    }
}
