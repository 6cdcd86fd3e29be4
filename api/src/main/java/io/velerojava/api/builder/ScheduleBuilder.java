package io.velerojava.api.builder;

import io.velerojava.api.v1.BackupSpec;
import io.velerojava.api.v1.Schedule;
import io.velerojava.api.v1.SchedulePhase;
import io.velerojava.api.v1.ScheduleSpec;
import io.velerojava.api.v1.ScheduleStatus;

/**
 * Builds a {@link Schedule}: {@code ScheduleBuilder.forSchedule("velero", "daily").cron("0 3 * * *")
 * .template(BackupBuilder.forBackup(null, null).includedNamespaces("app").build().getSpec()).build()}.
 */
public final class ScheduleBuilder extends KindBuilder<ScheduleBuilder, Schedule> {

    private ScheduleBuilder(String namespace, String name) {
        super(new Schedule(), namespace, name);
        ScheduleSpec spec = new ScheduleSpec();
        spec.setTemplate(new BackupSpec());
        resource.setSpec(spec);
    }

    public static ScheduleBuilder forSchedule(String namespace, String name) {
        return new ScheduleBuilder(namespace, name);
    }

    /** {@code spec.schedule}: cron fields, a descriptor such as {@code @daily}, or {@code @every 6h}. */
    public ScheduleBuilder cron(String schedule) {
        resource.getSpec().setSchedule(schedule);
        return this;
    }

    public ScheduleBuilder template(BackupSpec template) {
        resource.getSpec().setTemplate(template);
        return this;
    }

    public ScheduleBuilder paused(boolean paused) {
        resource.getSpec().setPaused(paused);
        return this;
    }

    public ScheduleBuilder useOwnerReferencesInBackup(Boolean useOwnerReferences) {
        resource.getSpec().setUseOwnerReferencesInBackup(useOwnerReferences);
        return this;
    }

    public ScheduleBuilder skipImmediately(Boolean skip) {
        resource.getSpec().setSkipImmediately(skip);
        return this;
    }

    public ScheduleBuilder phase(SchedulePhase phase) {
        status().setPhase(phase);
        return this;
    }

    /** RFC3339. */
    public ScheduleBuilder lastBackup(String rfc3339) {
        status().setLastBackup(rfc3339);
        return this;
    }

    /** RFC3339. */
    public ScheduleBuilder lastSkipped(String rfc3339) {
        status().setLastSkipped(rfc3339);
        return this;
    }

    private ScheduleStatus status() {
        if (resource.getStatus() == null) {
            resource.setStatus(new ScheduleStatus());
        }
        return resource.getStatus();
    }
}
