package io.velerojava.api.v1;

import io.fabric8.crd.generator.annotation.AdditionalPrinterColumn;
import io.fabric8.crd.generator.annotation.AdditionalPrinterColumn.Type;
import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.Plural;
import io.fabric8.kubernetes.model.annotation.ShortNames;
import io.fabric8.kubernetes.model.annotation.Version;

/**
 * An object-store bucket (and prefix) that holds backups.
 *
 * <p>Printer columns are listed in Velero's order; the CRD keeps that order.
 */
@Group("velero.io")
@Version("v1")
@Plural("backupstoragelocations")
@ShortNames("bsl")
@AdditionalPrinterColumn(name = "Phase", jsonPath = ".status.phase", type = Type.STRING)
@AdditionalPrinterColumn(name = "Last Validated", jsonPath = ".status.lastValidationTime", type = Type.DATE)
@AdditionalPrinterColumn(name = "Age", jsonPath = ".metadata.creationTimestamp", type = Type.DATE)
@AdditionalPrinterColumn(name = "Default", jsonPath = ".spec.default", type = Type.BOOLEAN)
public class BackupStorageLocation extends CustomResource<BackupStorageLocationSpec, BackupStorageLocationStatus> implements Namespaced {
}
