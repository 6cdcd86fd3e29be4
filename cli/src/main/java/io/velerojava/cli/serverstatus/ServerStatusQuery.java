package io.velerojava.cli.serverstatus;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientTimeoutException;
import io.velerojava.api.builder.ServerStatusRequestBuilder;
import io.velerojava.api.v1.ServerStatusRequest;
import io.velerojava.api.v1.ServerStatusRequestPhase;
import io.velerojava.api.v1.ServerStatusRequestStatus;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Asks the server for its version and plugins the way Velero's CLI does: a ServerStatusRequest named
 * {@code velero-cli-<random>}, answered by the server, which deletes it a minute later.
 */
public final class ServerStatusQuery {

    private final KubernetesClient client;
    private final String namespace;

    public ServerStatusQuery(KubernetesClient client, String namespace) {
        this.client = client;
        this.namespace = namespace;
    }

    /**
     * The server's answer.
     *
     * @throws ServerUnreachableException if no server answered within {@code timeout}
     */
    public ServerStatusRequestStatus ask(Duration timeout) {
        ServerStatusRequest request = client.resource(ServerStatusRequestBuilder.forRequest(namespace, null)
                .generateName("velero-cli-").build()).create();
        try {
            return client.resource(request).waitUntilCondition(ServerStatusQuery::isAnswered,
                    timeout.toMillis(), TimeUnit.MILLISECONDS).getStatus();
        } catch (KubernetesClientTimeoutException e) {
            client.resource(request).delete();
            throw new ServerUnreachableException("timed out waiting for server status request to be processed; "
                    + "is the velero server running in namespace " + namespace + "?");
        }
    }

    private static boolean isAnswered(ServerStatusRequest request) {
        return request != null && request.getStatus() != null
                && ServerStatusRequestPhase.PROCESSED.equals(request.getStatus().getPhase());
    }
}
