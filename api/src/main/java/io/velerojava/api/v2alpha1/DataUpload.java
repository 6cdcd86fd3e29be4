package io.velerojava.api.v2alpha1;

import io.fabric8.crd.generator.annotation.AdditionalPrinterColumn;
import io.fabric8.crd.generator.annotation.AdditionalPrinterColumn.Type;
import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.Plural;
import io.fabric8.kubernetes.model.annotation.Version;

/**
 * The move of one CSI snapshot's data into the backup repository.
 *
 * <p>Printer columns are listed in Velero's order; the CRD keeps that order.
 */
@Group("velero.io")
@Version("v2alpha1")
@Plural("datauploads")
@AdditionalPrinterColumn(name = "Status", jsonPath = ".status.phase", type = Type.STRING)
@AdditionalPrinterColumn(name = "Started", jsonPath = ".status.startTimestamp", type = Type.DATE)
@AdditionalPrinterColumn(name = "Bytes Done", jsonPath = ".status.progress.bytesDone", type = Type.INTEGER)
@AdditionalPrinterColumn(name = "Total Bytes", jsonPath = ".status.progress.totalBytes", type = Type.INTEGER)
@AdditionalPrinterColumn(name = "Incremental Bytes", jsonPath = ".status.incrementalBytes", type = Type.INTEGER)
@AdditionalPrinterColumn(name = "Storage Location", jsonPath = ".spec.backupStorageLocation", type = Type.STRING)
@AdditionalPrinterColumn(name = "Age", jsonPath = ".metadata.creationTimestamp", type = Type.DATE)
@AdditionalPrinterColumn(name = "Node", jsonPath = ".status.node", type = Type.STRING)
public class DataUpload extends CustomResource<DataUploadSpec, DataUploadStatus> implements Namespaced {
}
