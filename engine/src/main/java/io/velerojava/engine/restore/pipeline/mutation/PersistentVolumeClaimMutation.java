package io.velerojava.engine.restore.pipeline.mutation;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * PersistentVolumeClaims ({@code velero.io/pvc}): binding and provisioning annotations are dropped so the claim
 * binds afresh, and a claim whose volume is re-provisioned forgets the old volume's name.
 */
final class PersistentVolumeClaimMutation implements ItemMutation {

    private static final List<String> BINDING_ANNOTATIONS = List.of("pv.kubernetes.io/bind-completed",
            "pv.kubernetes.io/bound-by-controller", "volume.kubernetes.io/storage-provisioner",
            "volume.beta.kubernetes.io/storage-provisioner", "volume.kubernetes.io/selected-node",
            "velero.io/volume-snapshot-name", "velero.io/data-upload-name");

    @Override
    public void apply(ObjectNode item, MutationContext context) {
        if (item.path("metadata").get("annotations") instanceof ObjectNode annotations) {
            annotations.remove(BINDING_ANNOTATIONS);
        }
        if (item.get("spec") instanceof ObjectNode spec
                && context.pvsToProvision().contains(spec.path("volumeName").asText())) {
            spec.remove("volumeName");
        }
    }
}
