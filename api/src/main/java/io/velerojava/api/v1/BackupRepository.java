package io.velerojava.api.v1;

import io.fabric8.crd.generator.annotation.AdditionalPrinterColumn;
import io.fabric8.crd.generator.annotation.AdditionalPrinterColumn.Type;
import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.Plural;
import io.fabric8.kubernetes.model.annotation.Version;

/**
 * The repository holding file-system and data-mover backups of one namespace in one storage location.
 *
 * <p>Printer columns are listed in Velero's order; the CRD keeps that order.
 */
@Group("velero.io")
@Version("v1")
@Plural("backuprepositories")
@AdditionalPrinterColumn(name = "Age", jsonPath = ".metadata.creationTimestamp", type = Type.DATE)
@AdditionalPrinterColumn(name = "Repository Type", jsonPath = ".spec.repositoryType", type = Type.STRING)
public class BackupRepository extends CustomResource<BackupRepositorySpec, BackupRepositoryStatus> implements Namespaced {
}
