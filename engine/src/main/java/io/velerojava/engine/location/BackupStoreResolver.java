package io.velerojava.engine.location;

import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecretKeySelector;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.velerojava.api.v1.BackupStorageLocation;
import io.velerojava.api.v1.BackupStorageLocationSpec;
import io.velerojava.api.v1.ObjectStorageLocation;
import io.velerojava.storage.LocationConfig;
import io.velerojava.storage.ObjectStore;
import io.velerojava.storage.ObjectStoreRegistry;
import io.velerojava.storage.backup.BackupStore;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a BackupStorageLocation into the {@link BackupStore} of its bucket: picks the provider named by
 * {@code spec.provider}, reads the credential and CA bundle from Secrets in the Velero namespace, and passes
 * {@code spec.config}. The one place the server and the CLI open a location, so they agree on every detail.
 */
public final class BackupStoreResolver {

    private final KubernetesClient client;
    private final String namespace;
    private final ObjectStoreRegistry providers;

    /**
     * @param namespace the Velero namespace, where locations and their Secrets live
     * @param providers the object store providers to choose from
     */
    public BackupStoreResolver(KubernetesClient client, String namespace, ObjectStoreRegistry providers) {
        this.client = Objects.requireNonNull(client, "client");
        this.namespace = Objects.requireNonNull(namespace, "namespace");
        this.providers = Objects.requireNonNull(providers, "providers");
    }

    public String namespace() {
        return namespace;
    }

    /** The canonical names of the object store providers locations can use, such as {@code velero.io/aws}. */
    public Set<String> providerNames() {
        return providers.providerNames();
    }

    /** The location of that name in the Velero namespace, if it exists. */
    public Optional<BackupStorageLocation> find(String name) {
        return Optional.ofNullable(client.resources(BackupStorageLocation.class).inNamespace(namespace)
                .withName(name).get());
    }

    /**
     * Opens the location's bucket; the caller closes the result to release the provider's connections.
     *
     * @throws LocationUnusableException if the spec, its Secrets or its provider make the location unusable; the
     *                                   message says what to fix
     */
    public OpenedBackupStore open(BackupStorageLocation location) {
        LocationConfig config = locationConfig(location);
        ObjectStore store;
        try {
            store = providers.open(config);
        } catch (IllegalArgumentException e) {
            throw new LocationUnusableException(describe(location) + ": " + e.getMessage(), e);
        }
        return new OpenedBackupStore(new BackupStore(store, config.prefix()), store);
    }

    /** What the provider needs, with the credential and CA bundle read from their Secrets. */
    public LocationConfig locationConfig(BackupStorageLocation location) {
        BackupStorageLocationSpec spec = location.getSpec();
        if (spec == null || spec.getObjectStorage() == null) {
            throw new LocationUnusableException(describe(location) + " has no spec.objectStorage");
        }
        ObjectStorageLocation objectStorage = spec.getObjectStorage();
        Optional<byte[]> credential = Optional.ofNullable(spec.getCredential()).flatMap(
                selector -> secretKey(location, "spec.credential", selector));
        Optional<byte[]> caCert = Optional.ofNullable(objectStorage.getCaCertRef())
                .flatMap(selector -> secretKey(location, "spec.objectStorage.caCertRef", selector))
                .or(() -> Optional.ofNullable(objectStorage.getCaCert())
                        .filter(text -> !text.isBlank())
                        .map(text -> Base64.getMimeDecoder().decode(text)));
        Map<String, String> config = spec.getConfig() == null ? Map.of() : spec.getConfig();
        try {
            return new LocationConfig(Objects.requireNonNullElse(spec.getProvider(), ""),
                    Objects.requireNonNullElse(objectStorage.getBucket(), ""), objectStorage.getPrefix(), config,
                    credential, caCert);
        } catch (IllegalArgumentException e) {
            throw new LocationUnusableException(describe(location) + ": " + e.getMessage(), e);
        }
    }

    private Optional<byte[]> secretKey(BackupStorageLocation location, String field, SecretKeySelector selector) {
        boolean optional = Boolean.TRUE.equals(selector.getOptional());
        Secret secret = client.secrets().inNamespace(namespace).withName(selector.getName()).get();
        if (secret == null) {
            if (optional) {
                return Optional.empty();
            }
            throw new LocationUnusableException(describe(location) + ": " + field + " names Secret "
                    + namespace + "/" + selector.getName() + ", which does not exist");
        }
        String encoded = secret.getData() == null ? null : secret.getData().get(selector.getKey());
        if (encoded != null) {
            return Optional.of(Base64.getDecoder().decode(encoded));
        }
        String plain = secret.getStringData() == null ? null : secret.getStringData().get(selector.getKey());
        if (plain != null) {
            return Optional.of(plain.getBytes(StandardCharsets.UTF_8));
        }
        if (optional) {
            return Optional.empty();
        }
        throw new LocationUnusableException(describe(location) + ": " + field + " names key \"" + selector.getKey()
                + "\" of Secret " + namespace + "/" + selector.getName() + ", which has no such key");
    }

    private static String describe(BackupStorageLocation location) {
        return "backup storage location " + location.getMetadata().getName();
    }
}
