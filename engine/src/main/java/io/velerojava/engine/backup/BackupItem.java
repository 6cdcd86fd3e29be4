package io.velerojava.engine.backup;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.velerojava.api.VeleroLabels;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;

/**
 * One item to back up: its JSON as stored in the tarball (apiVersion and kind set) and the few metadata fields the
 * backup decides on. Items read from a LIST response keep the server's bytes and are turned into objects only when
 * an action needs one (pods, claims, service accounts), so most items are never deserialized and re-serialized.
 */
final class BackupItem {

    private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

    private final String name;
    private final Optional<String> namespace;
    private final boolean excludedByLabel;
    private final boolean beingDeleted;
    private final byte[] json;
    private GenericKubernetesResource object;

    BackupItem(String name, Optional<String> namespace, boolean excludedByLabel, boolean beingDeleted, byte[] json) {
        this.name = Objects.requireNonNull(name, "name");
        this.namespace = Objects.requireNonNull(namespace, "namespace");
        this.excludedByLabel = excludedByLabel;
        this.beingDeleted = beingDeleted;
        this.json = Objects.requireNonNull(json, "json");
    }

    /** An item fetched as an object (namespaces, CRDs, related items); serialized once, here. */
    static BackupItem of(String apiVersion, String kind, GenericKubernetesResource object) {
        object.setApiVersion(apiVersion);
        object.setKind(kind);
        ObjectMeta metadata = object.getMetadata();
        boolean excluded = metadata.getLabels() != null
                && "true".equals(metadata.getLabels().get(VeleroLabels.EXCLUDE_FROM_BACKUP));
        BackupItem item = new BackupItem(metadata.getName(), Optional.ofNullable(metadata.getNamespace()), excluded,
                metadata.getDeletionTimestamp() != null,
                SERIALIZATION.asJson(object).getBytes(StandardCharsets.UTF_8));
        item.object = object;
        return item;
    }

    String name() {
        return name;
    }

    /** The namespace in the item's metadata; empty for cluster-scoped items. */
    Optional<String> namespace() {
        return namespace;
    }

    /** Labelled {@code velero.io/exclude-from-backup=true}. */
    boolean excludedByLabel() {
        return excludedByLabel;
    }

    /** Has a deletion timestamp. */
    boolean beingDeleted() {
        return beingDeleted;
    }

    /** Compact JSON with apiVersion and kind, as written to the tarball. */
    byte[] json() {
        return json;
    }

    /** The item as an object, for actions that read its spec; parsed on first use. */
    synchronized GenericKubernetesResource object() {
        if (object == null) {
            object = SERIALIZATION.unmarshal(new ByteArrayInputStream(json), GenericKubernetesResource.class);
        }
        return object;
    }
}
