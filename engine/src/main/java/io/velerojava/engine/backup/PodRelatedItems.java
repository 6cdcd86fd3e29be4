package io.velerojava.engine.backup;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.velerojava.archive.GroupResource;
import java.util.ArrayList;
import java.util.List;

/** Velero's {@code velero.io/pod} action: a pod brings the claims of its volumes and its priority class. */
final class PodRelatedItems implements RelatedItemAction {

    static final GroupResource PODS = GroupResource.core("pods");
    static final GroupResource PRIORITY_CLASSES = new GroupResource("scheduling.k8s.io", "priorityclasses");

    private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

    @Override
    public GroupResource appliesTo() {
        return PODS;
    }

    @Override
    public List<ItemReference> relatedItems(GenericKubernetesResource item) {
        Pod pod = SERIALIZATION.convertValue(item, Pod.class);
        List<ItemReference> related = new ArrayList<>();
        if (pod.getSpec() == null) {
            return related;
        }
        String namespace = pod.getMetadata().getNamespace();
        String priorityClass = pod.getSpec().getPriorityClassName();
        if (priorityClass != null && !priorityClass.isEmpty()) {
            related.add(ItemReference.clusterScoped(PRIORITY_CLASSES, priorityClass));
        }
        if (pod.getSpec().getVolumes() != null) {
            for (Volume volume : pod.getSpec().getVolumes()) {
                if (volume.getPersistentVolumeClaim() != null && volume.getPersistentVolumeClaim().getClaimName() != null) {
                    related.add(ItemReference.namespaced(PersistentVolumeClaimRelatedItems.CLAIMS, namespace,
                            volume.getPersistentVolumeClaim().getClaimName()));
                }
            }
        }
        return related;
    }
}
