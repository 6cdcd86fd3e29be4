package io.velerojava.server.location;

import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.api.reconciler.ControllerConfiguration;
import io.javaoperatorsdk.operator.api.reconciler.Reconciler;
import io.javaoperatorsdk.operator.api.reconciler.UpdateControl;
import io.velerojava.api.v1.BackupStorageLocation;
import io.velerojava.api.v1.BackupStorageLocationStatus;
import io.velerojava.server.ServerContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps each backup storage location's {@code status.phase} telling whether backups can be written to it, by
 * validating it every {@code validationFrequency}, and keeps at most one location the default.
 */
@ControllerConfiguration(name = "backup-storage-location")
public final class BackupStorageLocationReconciler implements Reconciler<BackupStorageLocation> {

    private static final Logger log = LoggerFactory.getLogger(BackupStorageLocationReconciler.class);

    private final ServerContext server;
    private final LocationValidator validator;

    public BackupStorageLocationReconciler(ServerContext server) {
        this.server = server;
        this.validator = new LocationValidator(server.locations());
    }

    @Override
    public UpdateControl<BackupStorageLocation> reconcile(BackupStorageLocation location,
            Context<BackupStorageLocation> context) {
        unsetSupersededDefaults(context.getPrimaryCache().list().toList());
        Instant now = server.clock().instant();
        ValidationSchedule schedule = ValidationSchedule.of(location, server.options().storeValidationFrequency());
        if (!schedule.isDue(now)) {
            return schedule.nextIn(now)
                    .map(wait -> UpdateControl.<BackupStorageLocation>noUpdate().rescheduleAfter(wait))
                    .orElseGet(UpdateControl::noUpdate);
        }
        recordValidation(location, validator.validate(location), now);
        UpdateControl<BackupStorageLocation> patch = UpdateControl.patchStatus(location);
        return schedule.frequency().isZero() ? patch : patch.rescheduleAfter(schedule.frequency());
    }

    /** Of several default locations the most recently created stays default, as in Velero. */
    private void unsetSupersededDefaults(List<BackupStorageLocation> locations) {
        for (String name : DefaultLocations.superseded(locations)) {
            log.info("backup storage location {} is no longer the default: a newer location is default", name);
            server.client().resources(BackupStorageLocation.class).inNamespace(server.namespace()).withName(name)
                    .patch(PatchContext.of(PatchType.JSON_MERGE), "{\"spec\":{\"default\":false}}");
        }
    }

    private static void recordValidation(BackupStorageLocation location, LocationValidation validation,
            Instant now) {
        BackupStorageLocationStatus status = location.getStatus() == null
                ? new BackupStorageLocationStatus() : location.getStatus();
        if (!validation.phase().equals(status.getPhase())) {
            log.info("backup storage location {} is {}{}", location.getMetadata().getName(), validation.phase(),
                    validation.message().isEmpty() ? "" : ": " + validation.message());
        }
        status.setPhase(validation.phase());
        status.setMessage(validation.message().isEmpty() ? null : validation.message());
        status.setLastValidationTime(now.toString());
        location.setStatus(status);
    }

}
