package io.velerojava.server.location;

import io.velerojava.api.v1.BackupStorageLocation;
import io.velerojava.api.validation.BackupStorageLocationSpecValidator;
import io.velerojava.engine.location.BackupStoreResolver;
import io.velerojava.engine.location.LocationUnusableException;
import io.velerojava.engine.location.OpenedBackupStore;
import io.velerojava.storage.ObjectStoreException;
import java.util.List;

/** Checks that backups can be written to a location: a valid spec, an openable store, and a Velero-only bucket. */
final class LocationValidator {

    private final BackupStoreResolver locations;

    LocationValidator(BackupStoreResolver locations) {
        this.locations = locations;
    }

    LocationValidation validate(BackupStorageLocation location) {
        List<String> specErrors = BackupStorageLocationSpecValidator.validate(location.getSpec());
        if (!specErrors.isEmpty()) {
            return LocationValidation.unavailable("invalid spec: " + String.join("; ", specErrors));
        }
        try (OpenedBackupStore store = locations.open(location)) {
            store.backupStore().validate();
            return LocationValidation.available();
        } catch (LocationUnusableException | ObjectStoreException e) {
            return LocationValidation.unavailable(e.getMessage());
        }
    }
}
