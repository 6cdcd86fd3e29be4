package io.velerojava.server.download;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.velerojava.api.builder.BackupBuilder;
import io.velerojava.api.builder.DownloadRequestBuilder;
import io.velerojava.api.v1.Backup;
import io.velerojava.api.v1.BackupPhase;
import io.velerojava.api.v1.BackupStorageLocation;
import io.velerojava.api.v1.BackupStorageLocationAccessMode;
import io.velerojava.api.v1.DownloadRequest;
import io.velerojava.api.v1.DownloadRequestPhase;
import io.velerojava.api.v1.DownloadTargetKind;
import io.velerojava.server.ControllerHarness;
import io.velerojava.server.LifecycleFixture;
import io.velerojava.server.MovableClock;
import io.velerojava.server.ServerOptions;
import io.velerojava.server.location.BackupStorageLocationReconciler;
import io.velerojava.testenv.LocalClusterExtension;
import io.velerojava.testenv.TestNamespace;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** A DownloadRequest for a backup's log is answered with a URL that serves the gzipped log. */
@ExtendWith(LocalClusterExtension.class)
class DownloadRequestIT {

    @TempDir
    Path root;

    private final KubernetesClient client;
    private final String namespace;
    private final MovableClock clock = new MovableClock(Instant.now());
    private ControllerHarness server;

    DownloadRequestIT(KubernetesClient client, TestNamespace namespace) {
        this.client = client;
        this.namespace = namespace.name();
    }

    @BeforeAll
    static void installCrds() {
        LifecycleFixture.installCrds(LocalClusterExtension.adminClient());
    }

    @BeforeEach
    void startServer() throws IOException {
        server = ControllerHarness.start(client, ServerOptions.defaults(namespace), clock, context -> List.of(
                new BackupStorageLocationReconciler(context), new DownloadRequestReconciler(context)));
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void theUrlServesTheGzippedBackupLogForTenMinutes() throws Exception {
        BackupStorageLocation location = LifecycleFixture.createLocation(client, namespace, "default", root,
                BackupStorageLocationAccessMode.READ_WRITE);
        Backup backup = BackupBuilder.forBackup(namespace, "logged").storageLocation("default")
                .phase(BackupPhase.COMPLETED).build();
        LifecycleFixture.putBackup(server.context(), location, backup, "level=info msg=\"backup done\"\n");
        backup.setStatus(null);
        client.resource(backup).create();

        client.resource(DownloadRequestBuilder.forTarget(namespace, "logged-log", DownloadTargetKind.BACKUP_LOG,
                "logged").build()).create();
        DownloadRequest processed = await().atMost(Duration.ofSeconds(30)).until(this::request,
                request -> request.getStatus() != null
                        && DownloadRequestPhase.PROCESSED.equals(request.getStatus().getPhase()));

        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(processed.getStatus().getDownloadURL())).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        try (GZIPInputStream log = new GZIPInputStream(new ByteArrayInputStream(response.body()))) {
            assertThat(new String(log.readAllBytes(), StandardCharsets.UTF_8))
                    .isEqualTo("level=info msg=\"backup done\"\n");
        }
        assertThat(Instant.parse(processed.getStatus().getExpiration()))
                .isAfter(clock.instant().plus(Duration.ofMinutes(9)));
    }

    private DownloadRequest request() {
        return client.resources(DownloadRequest.class).inNamespace(namespace).withName("logged-log").get();
    }
}
