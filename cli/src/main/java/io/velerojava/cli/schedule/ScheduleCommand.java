package io.velerojava.cli.schedule;

import io.velerojava.cli.NounCommand;
import picocli.CommandLine.Command;

/** {@code velero schedule}: the schedule verbs are listed under {@code subcommands}. */
@Command(name = "schedule", description = "Work with schedules", subcommands = {
    CreateCommand.class,
    GetCommand.class,
    DescribeCommand.class,
    DeleteCommand.class,
    PauseCommand.class,
    UnpauseCommand.class
})
public final class ScheduleCommand extends NounCommand {
}
