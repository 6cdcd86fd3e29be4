package io.velerojava.engine.backup;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.velerojava.archive.GroupResource;
import java.util.List;

/** Velero's {@code velero.io/pv} action: a claim brings the persistent volume bound to it. */
final class PersistentVolumeClaimRelatedItems implements RelatedItemAction {

    static final GroupResource CLAIMS = GroupResource.core("persistentvolumeclaims");
    static final GroupResource VOLUMES = GroupResource.core("persistentvolumes");

    @Override
    public GroupResource appliesTo() {
        return CLAIMS;
    }

    @Override
    public List<ItemReference> relatedItems(GenericKubernetesResource item) {
        String volumeName = item.get("spec", "volumeName");
        return volumeName == null || volumeName.isEmpty() ? List.of()
                : List.of(ItemReference.clusterScoped(VOLUMES, volumeName));
    }
}
