package io.velerojava.server.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.velerojava.api.builder.ServerStatusRequestBuilder;
import io.velerojava.api.v1.PluginInfo;
import io.velerojava.api.v1.ServerStatusRequest;
import io.velerojava.api.v1.ServerStatusRequestPhase;
import io.velerojava.server.ControllerHarness;
import io.velerojava.server.LifecycleFixture;
import io.velerojava.server.MovableClock;
import io.velerojava.server.ServerOptions;
import io.velerojava.storage.filesystem.FilesystemObjectStoreProvider;
import io.velerojava.testenv.LocalClusterExtension;
import io.velerojava.testenv.TestNamespace;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What {@code velero version} and {@code velero plugin get} ask the server. */
@ExtendWith(LocalClusterExtension.class)
class ServerStatusRequestIT {

    private final KubernetesClient client;
    private final String namespace;
    private ControllerHarness server;

    ServerStatusRequestIT(KubernetesClient client, TestNamespace namespace) {
        this.client = client;
        this.namespace = namespace.name();
    }

    @BeforeAll
    static void installCrds() {
        LifecycleFixture.installCrds(LocalClusterExtension.adminClient());
    }

    @BeforeEach
    void startServer() throws IOException {
        server = ControllerHarness.start(client, ServerOptions.defaults(namespace), new MovableClock(Instant.now()),
                context -> List.of(new ServerStatusRequestReconciler(context)));
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void answersWithTheVersionAndTheObjectStorePlugins() {
        ServerStatusRequest created = client.resource(ServerStatusRequestBuilder.forRequest(namespace, null)
                .generateName("velero-cli-").build()).create();

        ServerStatusRequest answered = await().atMost(Duration.ofSeconds(30))
                .until(() -> client.resource(created).get(), request -> request.getStatus() != null
                        && ServerStatusRequestPhase.PROCESSED.equals(request.getStatus().getPhase()));

        assertThat(answered.getStatus().getServerVersion()).isEqualTo(ServerVersion.current());
        assertThat(answered.getStatus().getProcessedTimestamp()).isNotBlank();
        assertThat(answered.getStatus().getPlugins()).extracting(PluginInfo::getName, PluginInfo::getKind)
                .contains(tuple(FilesystemObjectStoreProvider.NAME, "ObjectStore"));
    }
}
