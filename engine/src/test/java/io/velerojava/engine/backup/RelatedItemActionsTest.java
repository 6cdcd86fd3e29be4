package io.velerojava.engine.backup;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.rbac.ClusterRoleBinding;
import io.fabric8.kubernetes.api.model.rbac.ClusterRoleBindingBuilder;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.util.List;
import org.junit.jupiter.api.Test;

class RelatedItemActionsTest {

    private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

    @Test
    void podBringsTheClaimsOfItsVolumesAndItsPriorityClass() {
        GenericKubernetesResource pod = SERIALIZATION.unmarshal("""
                {"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "web", "namespace": "shop"},
                 "spec": {"priorityClassName": "high", "containers": [{"name": "c", "image": "nginx"}],
                          "volumes": [{"name": "data", "persistentVolumeClaim": {"claimName": "data"}},
                                      {"name": "scratch", "emptyDir": {}}]}}
                """, GenericKubernetesResource.class);

        assertThat(new PodRelatedItems().relatedItems(pod)).containsExactly(
                ItemReference.clusterScoped(PodRelatedItems.PRIORITY_CLASSES, "high"),
                ItemReference.namespaced(PersistentVolumeClaimRelatedItems.CLAIMS, "shop", "data"));
    }

    @Test
    void claimBringsItsBoundVolumeAndAnUnboundClaimNothing() {
        GenericKubernetesResource bound = SERIALIZATION.unmarshal("""
                {"apiVersion": "v1", "kind": "PersistentVolumeClaim", "metadata": {"name": "data", "namespace": "shop"},
                 "spec": {"volumeName": "pv-1"}}
                """, GenericKubernetesResource.class);
        GenericKubernetesResource pending = SERIALIZATION.unmarshal("""
                {"apiVersion": "v1", "kind": "PersistentVolumeClaim", "metadata": {"name": "new", "namespace": "shop"},
                 "spec": {}}
                """, GenericKubernetesResource.class);

        PersistentVolumeClaimRelatedItems action = new PersistentVolumeClaimRelatedItems();
        assertThat(action.relatedItems(bound)).containsExactly(
                ItemReference.clusterScoped(PersistentVolumeClaimRelatedItems.VOLUMES, "pv-1"));
        assertThat(action.relatedItems(pending)).isEmpty();
    }

    @Test
    void serviceAccountBringsTheClusterRoleBindingsNamingItAndTheirClusterRoles() {
        ClusterRoleBinding naming = binding("shop-reader", "ClusterRole", "reader", "ServiceAccount", "shop", "web");
        ClusterRoleBinding otherNamespace = binding("other", "ClusterRole", "admin", "ServiceAccount", "bank", "web");
        ClusterRoleBinding user = binding("user", "ClusterRole", "admin", "User", null, "web");
        GenericKubernetesResource account = SERIALIZATION.unmarshal("""
                {"apiVersion": "v1", "kind": "ServiceAccount", "metadata": {"name": "web", "namespace": "shop"}}
                """, GenericKubernetesResource.class);

        List<ItemReference> related = new ServiceAccountRelatedItems(() -> List.of(naming, otherNamespace, user))
                .relatedItems(account);

        assertThat(related).containsExactly(
                ItemReference.clusterScoped(ServiceAccountRelatedItems.CLUSTER_ROLE_BINDINGS, "shop-reader"),
                ItemReference.clusterScoped(ServiceAccountRelatedItems.CLUSTER_ROLES, "reader"));
    }

    private static ClusterRoleBinding binding(String name, String roleKind, String role, String subjectKind,
            String subjectNamespace, String subjectName) {
        return new ClusterRoleBindingBuilder().withNewMetadata().withName(name).endMetadata()
                .withNewRoleRef().withApiGroup("rbac.authorization.k8s.io").withKind(roleKind).withName(role).endRoleRef()
                .addNewSubject().withKind(subjectKind).withNamespace(subjectNamespace).withName(subjectName).endSubject()
                .build();
    }
}
