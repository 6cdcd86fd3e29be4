package io.velerojava.engine.restore.pipeline;

import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * Waits until restored CustomResourceDefinitions are Established, so their custom resources can be created
 * right after (Velero issues #424, #964).
 */
public final class CrdEstablishment {

    private final KubernetesClient client;
    private final Duration timeout;

    /** @param timeout how long to wait for each CRD, the server's {@code --resource-timeout} */
    public CrdEstablishment(KubernetesClient client, Duration timeout) {
        this.client = client;
        this.timeout = timeout;
    }

    /** @throws CrdNotEstablishedException if the CRD is not Established within the timeout */
    public void await(String crdName) {
        try {
            client.apiextensions().v1().customResourceDefinitions().withName(crdName)
                    .waitUntilCondition(CrdEstablishment::isEstablished, timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (KubernetesClientException e) {
            throw new CrdNotEstablishedException("CustomResourceDefinition " + crdName + " is not Established after "
                    + timeout.toSeconds() + "s (server --resource-timeout); its custom resources may fail to restore",
                    e);
        }
    }

    private static boolean isEstablished(CustomResourceDefinition crd) {
        return crd != null && crd.getStatus() != null && crd.getStatus().getConditions() != null
                && crd.getStatus().getConditions().stream().anyMatch(condition ->
                        Objects.equals(condition.getType(), "Established")
                                && Objects.equals(condition.getStatus(), "True"));
    }
}
