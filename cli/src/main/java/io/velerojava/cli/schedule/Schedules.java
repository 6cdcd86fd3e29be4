package io.velerojava.cli.schedule;

import io.velerojava.api.v1.Schedule;
import io.velerojava.cli.CliContext;
import io.velerojava.cli.ObjectSelection;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Finds the schedules a command names; missing names are reported, not fatal, as in Velero. */
final class Schedules {

    private Schedules() {
    }

    /** The selected schedules, sorted by name; each missing name adds an error to {@code errors}. */
    static List<Schedule> find(CliContext cli, ObjectSelection.Selection selection, List<String> errors) {
        var schedules = cli.client().resources(Schedule.class).inNamespace(cli.namespace());
        if (selection instanceof ObjectSelection.Selection.Named named) {
            List<Schedule> found = new ArrayList<>();
            for (String name : named.names()) {
                Schedule schedule = schedules.withName(name).get();
                if (schedule == null) {
                    errors.add("schedules.velero.io \"" + name + "\" not found");
                } else {
                    found.add(schedule);
                }
            }
            return found;
        }
        List<Schedule> listed = selection instanceof ObjectSelection.Selection.Matching matching
                ? schedules.withLabelSelector(matching.selector()).list().getItems()
                : schedules.list().getItems();
        return listed.stream().sorted(Comparator.comparing(schedule -> schedule.getMetadata().getName())).toList();
    }
}
