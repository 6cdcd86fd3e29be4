package io.velerojava.engine.restore;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import io.velerojava.archive.GroupResource;
import io.velerojava.archive.ItemKey;
import io.velerojava.archive.TarballWriter;
import io.velerojava.storage.backup.BackupFile;
import io.velerojava.storage.backup.BackupStore;
import io.velerojava.storage.backup.Payload;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Test support: writes a backup of live objects the way Velero does (the objects as the API server returns
 * them, in Velero's tarball layout) into a backup store, without the backup engine.
 */
final class LiveBackupWriter {

    /** A resource type to back up, in its preferred version. */
    record Type(GroupResource groupResource, String version, String kind, boolean namespaced) {

        ResourceDefinitionContext context() {
            return new ResourceDefinitionContext.Builder().withGroup(groupResource.group()).withVersion(version)
                    .withPlural(groupResource.resource()).withKind(kind).withNamespaced(namespaced).build();
        }
    }

    static final Type CONFIG_MAPS = new Type(GroupResource.core("configmaps"), "v1", "ConfigMap", true);
    static final Type SECRETS = new Type(GroupResource.core("secrets"), "v1", "Secret", true);
    static final Type SERVICE_ACCOUNTS = new Type(GroupResource.core("serviceaccounts"), "v1", "ServiceAccount", true);
    static final Type SERVICES = new Type(GroupResource.core("services"), "v1", "Service", true);
    static final Type PVCS = new Type(GroupResource.core("persistentvolumeclaims"), "v1", "PersistentVolumeClaim",
            true);
    static final Type PODS = new Type(GroupResource.core("pods"), "v1", "Pod", true);
    static final Type PVS = new Type(GroupResource.core("persistentvolumes"), "v1", "PersistentVolume", false);
    static final Type PRIORITY_CLASSES = new Type(new GroupResource("scheduling.k8s.io", "priorityclasses"), "v1",
            "PriorityClass", false);
    static final Type DEPLOYMENTS = new Type(GroupResource.parse("deployments.apps"), "v1", "Deployment", true);
    static final Type NAMESPACES = new Type(GroupResource.core("namespaces"), "v1", "Namespace", false);
    static final Type CRDS = new Type(RestoreResourcePriorities.CUSTOM_RESOURCE_DEFINITIONS, "v1",
            "CustomResourceDefinition", false);

    private final KubernetesClient client;

    LiveBackupWriter(KubernetesClient client) {
        this.client = client;
    }

    /**
     * Backs up every object of the namespaced types in {@code namespace}, the Namespace itself, and the named
     * cluster-scoped objects.
     */
    void backUp(BackupStore store, String backupName, String namespace, List<Type> namespacedTypes,
                List<ClusterObject> clusterObjects) throws IOException {
        ByteArrayOutputStream tarball = new ByteArrayOutputStream();
        try (TarballWriter writer = TarballWriter.open(tarball)) {
            write(writer, NAMESPACES, client.genericKubernetesResources(NAMESPACES.context()).withName(namespace).get());
            for (Type type : namespacedTypes) {
                for (GenericKubernetesResource item : client.genericKubernetesResources(type.context())
                        .inNamespace(namespace).list().getItems()) {
                    write(writer, type, item);
                }
            }
            for (ClusterObject object : clusterObjects) {
                write(writer, object.type(), client.genericKubernetesResources(object.type().context())
                        .withName(object.name()).get());
            }
        }
        store.putBackupFile(backupName, BackupFile.CONTENTS, Payload.of(tarball.toByteArray()));
        store.putBackupFile(backupName, BackupFile.METADATA, Payload.of(("{\"apiVersion\":\"velero.io/v1\","
                + "\"kind\":\"Backup\",\"metadata\":{\"name\":\"" + backupName + "\"}}").getBytes(StandardCharsets.UTF_8)));
    }

    record ClusterObject(Type type, String name) {
    }

    private void write(TarballWriter writer, Type type, GenericKubernetesResource item) throws IOException {
        String namespace = item.getMetadata().getNamespace();
        ItemKey key = namespace == null || namespace.isEmpty()
                ? ItemKey.clusterScoped(type.groupResource(), item.getMetadata().getName())
                : ItemKey.namespaced(type.groupResource(), namespace, item.getMetadata().getName());
        writer.writeItem(key, client.getKubernetesSerialization().asJson(item).getBytes(StandardCharsets.UTF_8),
                type.version());
    }
}
