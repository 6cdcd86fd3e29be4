package io.velerojava.engine.backup;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.rbac.ClusterRoleBinding;
import io.fabric8.kubernetes.api.model.rbac.Subject;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.velerojava.archive.GroupResource;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Velero's {@code velero.io/service-account} action: a service account brings the cluster role bindings that
 * name it as a subject, and their cluster roles. The bindings are listed once per backup, on first use.
 */
final class ServiceAccountRelatedItems implements RelatedItemAction {

    static final GroupResource SERVICE_ACCOUNTS = GroupResource.core("serviceaccounts");
    static final GroupResource CLUSTER_ROLE_BINDINGS =
            new GroupResource("rbac.authorization.k8s.io", "clusterrolebindings");
    static final GroupResource CLUSTER_ROLES = new GroupResource("rbac.authorization.k8s.io", "clusterroles");

    private final Supplier<List<ClusterRoleBinding>> bindings;

    ServiceAccountRelatedItems(KubernetesClient client) {
        this(new Memoized<>(() -> client.rbac().clusterRoleBindings().list().getItems()));
    }

    ServiceAccountRelatedItems(Supplier<List<ClusterRoleBinding>> bindings) {
        this.bindings = bindings;
    }

    @Override
    public GroupResource appliesTo() {
        return SERVICE_ACCOUNTS;
    }

    @Override
    public List<ItemReference> relatedItems(GenericKubernetesResource item) {
        String namespace = item.getMetadata().getNamespace();
        String name = item.getMetadata().getName();
        List<ItemReference> related = new ArrayList<>();
        for (ClusterRoleBinding binding : bindings.get()) {
            if (binding.getSubjects() != null && binding.getSubjects().stream().anyMatch(subject -> names(subject,
                    namespace, name))) {
                related.add(ItemReference.clusterScoped(CLUSTER_ROLE_BINDINGS, binding.getMetadata().getName()));
                if (binding.getRoleRef() != null && "ClusterRole".equals(binding.getRoleRef().getKind())) {
                    related.add(ItemReference.clusterScoped(CLUSTER_ROLES, binding.getRoleRef().getName()));
                }
            }
        }
        return related;
    }

    private static boolean names(Subject subject, String namespace, String name) {
        return "ServiceAccount".equals(subject.getKind()) && namespace.equals(subject.getNamespace())
                && name.equals(subject.getName());
    }

    /** Computes a value on first use, once, even when several item backuppers ask at the same time. */
    private static final class Memoized<T> implements Supplier<T> {

        private final Supplier<T> compute;
        private T value;

        Memoized(Supplier<T> compute) {
            this.compute = compute;
        }

        @Override
        public synchronized T get() {
            if (value == null) {
                value = compute.get();
            }
            return value;
        }
    }
}
