package io.velerojava.api.v1;

import io.fabric8.crd.generator.annotation.AdditionalPrinterColumn;
import io.fabric8.crd.generator.annotation.AdditionalPrinterColumn.Type;
import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.Plural;
import io.fabric8.kubernetes.model.annotation.Version;

/**
 * A request to delete a backup, its files and its snapshots.
 *
 * <p>Printer columns are listed in Velero's order; the CRD keeps that order.
 */
@Group("velero.io")
@Version("v1")
@Plural("deletebackuprequests")
@AdditionalPrinterColumn(name = "BackupName", jsonPath = ".spec.backupName", type = Type.STRING)
@AdditionalPrinterColumn(name = "Status", jsonPath = ".status.phase", type = Type.STRING)
public class DeleteBackupRequest extends CustomResource<DeleteBackupRequestSpec, DeleteBackupRequestStatus> implements Namespaced {
}
