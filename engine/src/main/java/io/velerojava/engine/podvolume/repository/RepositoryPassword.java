package io.velerojava.engine.podvolume.repository;

import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.net.HttpURLConnection;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The password every repository of this Velero installation is encrypted with: key {@code repository-password} of
 * Secret {@code velero-repo-credentials} in the Velero namespace, created with Velero's default value when missing
 * so that repositories written by Velero and by velero-java open with the same password.
 */
public final class RepositoryPassword {

    public static final String SECRET_NAME = "velero-repo-credentials";
    public static final String KEY = "repository-password";
    /** Velero's built-in default; set your own in the Secret before the first backup to keep data private. */
    public static final String DEFAULT_PASSWORD = "static-passw0rd";

    private final KubernetesClient client;
    private final String namespace;

    public RepositoryPassword(KubernetesClient client, String namespace) {
        this.client = client;
        this.namespace = namespace;
    }

    /**
     * The password, creating the Secret with the default first if it does not exist.
     *
     * @throws IllegalStateException if the Secret exists without the key
     */
    public String getOrCreate() {
        Secret secret = client.secrets().inNamespace(namespace).withName(SECRET_NAME).get();
        if (secret == null) {
            secret = createDefault();
        }
        String encoded = secret.getData() == null ? null : secret.getData().get(KEY);
        if (encoded == null) {
            throw new IllegalStateException("Secret " + namespace + "/" + SECRET_NAME + " has no key " + KEY
                    + "; add the repository password under that key");
        }
        return new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
    }

    private Secret createDefault() {
        Secret secret = new SecretBuilder()
                .withNewMetadata().withName(SECRET_NAME).withNamespace(namespace).endMetadata()
                .withType("Opaque")
                .addToData(KEY, Base64.getEncoder().encodeToString(DEFAULT_PASSWORD.getBytes(StandardCharsets.UTF_8)))
                .build();
        try {
            return client.secrets().inNamespace(namespace).resource(secret).create();
        } catch (KubernetesClientException e) {
            if (e.getCode() != HttpURLConnection.HTTP_CONFLICT) {
                throw e;
            }
            // Another agent created it first; theirs is the one every repository uses.
            return client.secrets().inNamespace(namespace).withName(SECRET_NAME).get();
        }
    }
}
