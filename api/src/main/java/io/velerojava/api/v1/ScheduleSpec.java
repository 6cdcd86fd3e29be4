package io.velerojava.api.v1;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.fabric8.generator.annotation.Nullable;
import io.fabric8.generator.annotation.Required;
import io.velerojava.api.ForwardCompatible;

/** When a {@link Schedule} creates backups, and the backup spec it gives them. */
public class ScheduleSpec extends ForwardCompatible {

    @JsonProperty("template")
    @Required
    private BackupSpec template;

    @JsonProperty("schedule")
    @Required
    private String schedule;

    @JsonProperty("useOwnerReferencesInBackup")
    @Nullable
    private Boolean useOwnerReferencesInBackup;

    @JsonProperty("paused")
    private Boolean paused;

    @JsonProperty("skipImmediately")
    @Nullable
    private Boolean skipImmediately;

    public BackupSpec getTemplate() {
        return template;
    }

    public void setTemplate(BackupSpec template) {
        this.template = template;
    }

    public String getSchedule() {
        return schedule;
    }

    public void setSchedule(String schedule) {
        this.schedule = schedule;
    }

    public Boolean getUseOwnerReferencesInBackup() {
        return useOwnerReferencesInBackup;
    }

    public void setUseOwnerReferencesInBackup(Boolean useOwnerReferencesInBackup) {
        this.useOwnerReferencesInBackup = useOwnerReferencesInBackup;
    }

    public Boolean getPaused() {
        return paused;
    }

    public void setPaused(Boolean paused) {
        this.paused = paused;
    }

    public Boolean getSkipImmediately() {
        return skipImmediately;
    }

    public void setSkipImmediately(Boolean skipImmediately) {
        this.skipImmediately = skipImmediately;
    }
}
