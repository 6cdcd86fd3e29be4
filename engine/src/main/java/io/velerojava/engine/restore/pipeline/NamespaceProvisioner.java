package io.velerojava.engine.restore.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.NamespaceSpec;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.velerojava.archive.ExtractedBackup;
import io.velerojava.archive.GroupResource;
import io.velerojava.archive.ItemKey;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Makes sure the namespaces items are restored into exist, once per namespace however many workers ask.
 *
 * <p>A missing namespace is created as Velero does: from the backed-up Namespace (renamed to the target, only
 * labels, annotations and spec kept, no restore labels) or blank if the backup has none. A namespace still
 * terminating from an earlier deletion is waited for, then created again.
 */
public final class NamespaceProvisioner {

    private static final GroupResource NAMESPACES = GroupResource.core("namespaces");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final KubernetesClient client;
    private final ExtractedBackup backup;
    private final Duration terminatingTimeout;
    private final Map<String, CompletableFuture<Provisioning>> provisioned = new ConcurrentHashMap<>();

    /** What {@link #ensure} found or did. */
    public enum Provisioning { EXISTED, CREATED }

    public NamespaceProvisioner(KubernetesClient client, ExtractedBackup backup, Duration terminatingTimeout) {
        this.client = client;
        this.backup = backup;
        this.terminatingTimeout = terminatingTimeout;
    }

    /**
     * Ensures {@code targetNamespace} exists and is active, creating it from the backup's {@code sourceNamespace}
     * if needed. Only the first caller per namespace learns {@link Provisioning#CREATED}.
     *
     * @throws NamespaceUnavailableException if it cannot be created or stays terminating too long
     */
    public Provisioning ensure(String sourceNamespace, String targetNamespace) {
        CompletableFuture<Provisioning> mine = new CompletableFuture<>();
        CompletableFuture<Provisioning> earlier = provisioned.putIfAbsent(targetNamespace, mine);
        if (earlier != null) {
            try {
                earlier.join();
                return Provisioning.EXISTED;
            } catch (CompletionException e) {
                throw (RuntimeException) e.getCause();
            }
        }
        try {
            Provisioning result = provision(sourceNamespace, targetNamespace);
            mine.complete(result);
            return result;
        } catch (RuntimeException e) {
            mine.completeExceptionally(e);
            throw e;
        }
    }

    /**
     * Creates first and looks only when that fails: a restore into an emptied cluster then takes one request
     * per namespace instead of a read and a create.
     */
    private Provisioning provision(String sourceNamespace, String targetNamespace) {
        Namespace namespace = fromBackup(sourceNamespace, targetNamespace);
        KubernetesClientException refused;
        try {
            client.namespaces().resource(namespace).create();
            return Provisioning.CREATED;
        } catch (KubernetesClientException e) {
            refused = e;
        }
        // Exists (409), or creating is refused (say, RBAC) while it may already exist: look.
        Namespace existing = client.namespaces().withName(targetNamespace).get();
        if (existing == null) {
            throw new NamespaceUnavailableException("cannot create namespace " + targetNamespace + ": "
                    + refused.getMessage(), refused);
        }
        if (existing.getMetadata().getDeletionTimestamp() == null) {
            return Provisioning.EXISTED;
        }
        awaitDeleted(targetNamespace);
        try {
            client.namespaces().resource(namespace).create();
            return Provisioning.CREATED;
        } catch (KubernetesClientException e) {
            if (e.getCode() == HttpURLConnection.HTTP_CONFLICT) {
                return Provisioning.EXISTED;
            }
            throw new NamespaceUnavailableException("cannot create namespace " + targetNamespace + ": "
                    + e.getMessage(), e);
        }
    }

    private void awaitDeleted(String namespace) {
        try {
            client.namespaces().withName(namespace)
                    .waitUntilCondition(ns -> ns == null, terminatingTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (KubernetesClientException e) {
            throw new NamespaceUnavailableException("namespace " + namespace + " is still terminating after "
                    + terminatingTimeout.toSeconds() + "s (server --terminating-resource-timeout); items in it"
                    + " were not restored", e);
        }
    }

    private Namespace fromBackup(String sourceNamespace, String targetNamespace) {
        NamespaceBuilder namespace = new NamespaceBuilder().withNewMetadata().withName(targetNamespace).endMetadata();
        ItemKey backedUp = ItemKey.clusterScoped(NAMESPACES, sourceNamespace);
        if (!backup.contains(backedUp)) {
            return namespace.build();
        }
        try {
            ObjectNode item = backup.readObject(backedUp);
            Namespace original = JSON.treeToValue(item, Namespace.class);
            JsonNode spec = item.get("spec");
            return namespace.editMetadata()
                    .withLabels(original.getMetadata().getLabels())
                    .withAnnotations(original.getMetadata().getAnnotations())
                    .endMetadata()
                    .withSpec(spec == null ? null : JSON.treeToValue(spec, NamespaceSpec.class))
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the backed-up namespace " + sourceNamespace, e);
        }
    }
}
