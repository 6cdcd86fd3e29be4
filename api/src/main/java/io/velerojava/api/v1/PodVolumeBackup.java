package io.velerojava.api.v1;

import io.fabric8.crd.generator.annotation.AdditionalPrinterColumn;
import io.fabric8.crd.generator.annotation.AdditionalPrinterColumn.Type;
import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.Plural;
import io.fabric8.kubernetes.model.annotation.Version;

/**
 * The file-system backup of one pod volume, done by the node agent.
 *
 * <p>Printer columns are listed in Velero's order; the CRD keeps that order.
 */
@Group("velero.io")
@Version("v1")
@Plural("podvolumebackups")
@AdditionalPrinterColumn(name = "Status", jsonPath = ".status.phase", type = Type.STRING)
@AdditionalPrinterColumn(name = "Started", jsonPath = ".status.startTimestamp", type = Type.DATE)
@AdditionalPrinterColumn(name = "Bytes Done", jsonPath = ".status.progress.bytesDone", type = Type.INTEGER)
@AdditionalPrinterColumn(name = "Total Bytes", jsonPath = ".status.progress.totalBytes", type = Type.INTEGER)
@AdditionalPrinterColumn(name = "Incremental Bytes", jsonPath = ".status.incrementalBytes", type = Type.INTEGER, priority = 10)
@AdditionalPrinterColumn(name = "Storage Location", jsonPath = ".spec.backupStorageLocation", type = Type.STRING)
@AdditionalPrinterColumn(name = "Age", jsonPath = ".metadata.creationTimestamp", type = Type.DATE)
@AdditionalPrinterColumn(name = "Node", jsonPath = ".status.node", type = Type.STRING)
@AdditionalPrinterColumn(name = "Uploader", jsonPath = ".spec.uploaderType", type = Type.STRING)
public class PodVolumeBackup extends CustomResource<PodVolumeBackupSpec, PodVolumeBackupStatus> implements Namespaced {
}
