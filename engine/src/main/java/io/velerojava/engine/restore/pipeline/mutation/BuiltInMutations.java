package io.velerojava.engine.restore.pipeline.mutation;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.velerojava.archive.GroupResource;
import java.util.Map;

/** The built-in restore item actions of Velero, by the resource type they act on (facts §4.4). */
public final class BuiltInMutations {

    private static final RoleBindingMutation ROLE_BINDINGS = new RoleBindingMutation();
    private static final Map<GroupResource, ItemMutation> BY_TYPE = Map.of(
            GroupResource.core("pods"), new PodMutation(),
            GroupResource.core("services"), new ServiceMutation(),
            GroupResource.parse("jobs.batch"), new JobMutation(),
            GroupResource.core("persistentvolumeclaims"), new PersistentVolumeClaimMutation(),
            GroupResource.core("persistentvolumes"), new PersistentVolumeMutation(),
            GroupResource.core("serviceaccounts"), new ServiceAccountMutation(),
            GroupResource.core("secrets"), new SecretMutation(),
            GroupResource.parse("rolebindings.rbac.authorization.k8s.io"), ROLE_BINDINGS,
            GroupResource.parse("clusterrolebindings.rbac.authorization.k8s.io"), ROLE_BINDINGS,
            GroupResource.parse("customresourcedefinitions.apiextensions.k8s.io"),
            new CustomResourceDefinitionMutation());

    private BuiltInMutations() {
    }

    /** Applies the mutation for the item's type, if there is one. */
    public static void apply(GroupResource type, ObjectNode item, MutationContext context) {
        ItemMutation mutation = BY_TYPE.get(type);
        if (mutation != null) {
            mutation.apply(item, context);
        }
    }
}
