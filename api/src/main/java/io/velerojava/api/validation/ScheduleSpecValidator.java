package io.velerojava.api.validation;

import io.velerojava.api.cron.CronSchedule;
import io.velerojava.api.v1.ScheduleSpec;
import java.util.List;

/** The checks Velero's schedule controller makes on a Schedule's spec: a valid cron schedule and a valid template. */
public final class ScheduleSpecValidator {

    private ScheduleSpecValidator() {
    }

    /** Every problem of the spec as "{@code <field path>: <problem>}"; empty when it is valid. */
    public static List<String> validate(ScheduleSpec spec) {
        FieldErrors errors = new FieldErrors();
        if (spec.getSchedule() == null || spec.getSchedule().isBlank()) {
            errors.add("spec.schedule", "required; use a cron expression such as \"0 3 * * *\" or \"@every 6h\"");
        } else {
            try {
                CronSchedule.parse(spec.getSchedule());
            } catch (IllegalArgumentException e) {
                errors.add("spec.schedule", e.getMessage());
            }
        }
        if (spec.getTemplate() == null) {
            errors.add("spec.template", "required; it is the spec of the backups the schedule creates");
        }
        BackupSpecValidator.validate(errors, "spec.template", spec.getTemplate());
        return errors.toList();
    }
}
