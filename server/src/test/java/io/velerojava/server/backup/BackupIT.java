package io.velerojava.server.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceBuilder;
import io.fabric8.kubernetes.api.model.LabelSelectorBuilder;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinitionBuilder;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import io.velerojava.api.VeleroLabels;
import io.velerojava.api.builder.BackupBuilder;
import io.velerojava.api.v1.Backup;
import io.velerojava.api.v1.BackupPhase;
import io.velerojava.api.v1.BackupStorageLocation;
import io.velerojava.api.v1.BackupStorageLocationPhase;
import io.velerojava.api.v1.BackupStorageLocationSpec;
import io.velerojava.api.v1.ObjectStorageLocation;
import io.velerojava.server.LifecycleFixture;
import io.velerojava.server.ServerOptions;
import io.velerojava.server.VeleroServer;
import io.velerojava.storage.filesystem.FilesystemObjectStoreProvider;
import io.velerojava.testenv.LocalClusterExtension;
import io.velerojava.testenv.TestNamespace;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real server against the local control plane backs up a namespace to a filesystem location; the bucket is
 * checked key by key and the tarball path by path.
 */
@ExtendWith(LocalClusterExtension.class)
class BackupIT {

    private static final String BUCKET = "bucket";
    private static final Set<BackupPhase> FINAL = Set.of(BackupPhase.COMPLETED, BackupPhase.PARTIALLY_FAILED,
            BackupPhase.FAILED, BackupPhase.FAILED_VALIDATION);
    private static final String WIDGET_GROUP = "test.velerojava.io";
    private static final ResourceDefinitionContext WIDGETS = new ResourceDefinitionContext.Builder()
            .withGroup(WIDGET_GROUP).withVersion("v1").withPlural("widgets").withKind("Widget").withNamespaced(true)
            .build();

    @TempDir
    Path bucketRoot;

    private final KubernetesClient client = LocalClusterExtension.adminClient();
    private final String appNamespace = "app-" + UUID.randomUUID().toString().substring(0, 8);
    private String veleroNamespace;
    private VeleroServer server;

    @BeforeAll
    static void installCrds() {
        LifecycleFixture.installCrds(LocalClusterExtension.adminClient(), widgetCrd());
    }

    @BeforeEach
    void startServer(TestNamespace namespace) throws IOException {
        veleroNamespace = namespace.name();
        Files.createDirectories(bucketRoot.resolve(BUCKET));
        ServerOptions defaults = ServerOptions.defaults(veleroNamespace);
        ServerOptions options = new ServerOptions(veleroNamespace, defaults.defaultBackupTtl(),
                defaults.backupSyncPeriod(), defaults.storeValidationFrequency(), defaults.clientQps(),
                defaults.clientBurst(), 2, defaults.itemBlockWorkerCount(), defaults.logLevel(),
                defaults.logFormat(), new InetSocketAddress("127.0.0.1", 0), "default", defaults.resourceTimeout(),
                new InetSocketAddress("127.0.0.1", 0), Optional.empty());
        server = VeleroServer.start(client, options);
        client.namespaces().resource(new NamespaceBuilder().withNewMetadata().withName(appNamespace).endMetadata()
                .build()).create();
    }

    @AfterEach
    void stopServer() {
        server.close();
        client.namespaces().withName(appNamespace).delete();
    }

    @Test
    void backsUpANamespaceWithItsCustomResourcesAndTheirDefinition() throws IOException {
        createLocation("default");
        createApplication();

        Backup backup = runBackup(BackupBuilder.forBackup(veleroNamespace, "nightly")
                .includedNamespaces(appNamespace).build());

        assertThat(backup.getStatus().getPhase()).isEqualTo(BackupPhase.COMPLETED);
        assertThat(backup.getStatus().getFormatVersion()).isEqualTo("1.1.0");
        assertThat(backup.getStatus().getErrors()).isZero();
        assertThat(backup.getMetadata().getLabels()).containsEntry(VeleroLabels.STORAGE_LOCATION, "default");
        assertThat(backup.getStatus().getExpiration()).isNotNull();

        Path backupDir = bucketRoot.resolve(BUCKET).resolve("backups").resolve("nightly");
        try (Stream<Path> files = Files.list(backupDir)) {
            assertThat(files.map(file -> file.getFileName().toString())).containsExactlyInAnyOrder(
                    "velero-backup.json", "nightly.tar.gz", "nightly-logs.gz", "nightly-podvolumebackups.json.gz",
                    "nightly-volumesnapshots.json.gz", "nightly-itemoperations.json.gz",
                    "nightly-resource-list.json.gz", "nightly-results.gz", "nightly-volumeinfo.json.gz");
        }
        List<String> entries = tarballEntries(backupDir.resolve("nightly.tar.gz"));
        String ns = appNamespace;
        assertThat(entries.get(0)).isEqualTo("metadata/version");
        assertThat(entries).contains(
                "resources/configmaps/namespaces/" + ns + "/settings.json",
                "resources/configmaps/v1-preferredversion/namespaces/" + ns + "/settings.json",
                "resources/secrets/namespaces/" + ns + "/credentials.json",
                "resources/services/namespaces/" + ns + "/web.json",
                "resources/deployments.apps/namespaces/" + ns + "/web.json",
                "resources/deployments.apps/v1-preferredversion/namespaces/" + ns + "/web.json",
                "resources/widgets." + WIDGET_GROUP + "/namespaces/" + ns + "/gizmo.json",
                "resources/widgets." + WIDGET_GROUP + "/v1-preferredversion/namespaces/" + ns + "/gizmo.json",
                "resources/customresourcedefinitions.apiextensions.k8s.io/cluster/widgets." + WIDGET_GROUP + ".json",
                "resources/namespaces/cluster/" + ns + ".json");
        assertThat(entries).noneMatch(entry -> entry.contains("/ignored.json"));
        assertThat(entries.stream().filter(entry -> entry.startsWith("resources/")
                && !entry.contains("-preferredversion/"))).hasSize(backup.getStatus().getProgress().getItemsBackedUp());
        assertThat(entries).noneMatch(entry -> entry.contains("persistentvolumes/") || entry.contains("/nodes/"));

        Map<String, List<String>> resourceList = new ObjectMapper().readValue(
                gunzip(backupDir.resolve("nightly-resource-list.json.gz")), new TypeReference<>() { });
        assertThat(resourceList.get("v1/ConfigMap")).contains(ns + "/settings").doesNotContain(ns + "/ignored");
        assertThat(resourceList.get(WIDGET_GROUP + "/v1/Widget")).containsExactly(ns + "/gizmo");
        assertThat(resourceList.get("v1/Namespace")).containsExactly(ns);
        Backup stored = new ObjectMapper().readValue(backupDir.resolve("velero-backup.json").toFile(), Backup.class);
        assertThat(stored.getStatus().getPhase()).isEqualTo(BackupPhase.COMPLETED);
        assertThat(scrapeMetrics()).contains("velero_backup_attempt_total{schedule=\"\"} 1.0")
                .contains("velero_backup_success_total{schedule=\"\"} 1.0");
    }

    /** What {@code curl http://<metrics-address>/metrics} shows. */
    private String scrapeMetrics() {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + server.metricsPort() + "/metrics")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void labelSelectorKeepsOnlyMatchingItems() throws IOException {
        createLocation("default");
        createApplication();

        Backup backup = runBackup(BackupBuilder.forBackup(veleroNamespace, "selected")
                .includedNamespaces(appNamespace)
                .labelSelector(new LabelSelectorBuilder().addToMatchLabels("tier", "config").build())
                .build());

        assertThat(backup.getStatus().getPhase()).isEqualTo(BackupPhase.COMPLETED);
        List<String> items = tarballEntries(bucketRoot.resolve(BUCKET).resolve("backups/selected/selected.tar.gz"))
                .stream().filter(entry -> entry.startsWith("resources/") && !entry.contains("-preferredversion/"))
                .toList();
        assertThat(items).containsExactlyInAnyOrder(
                "resources/configmaps/namespaces/" + appNamespace + "/settings.json",
                "resources/namespaces/cluster/" + appNamespace + ".json");
    }

    @Test
    void backupToAMissingLocationFailsValidation() {
        createLocation("default");

        Backup backup = runBackup(BackupBuilder.forBackup(veleroNamespace, "nowhere")
                .storageLocation("does-not-exist").build());

        assertThat(backup.getStatus().getPhase()).isEqualTo(BackupPhase.FAILED_VALIDATION);
        assertThat(backup.getStatus().getValidationErrors()).singleElement().asString()
                .contains("\"does-not-exist\" does not exist");
    }

    private Backup runBackup(Backup backup) {
        client.resource(backup).create();
        return await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> client.resources(Backup.class).inNamespace(veleroNamespace)
                                .withName(backup.getMetadata().getName()).get(),
                        current -> current.getStatus() != null && FINAL.contains(current.getStatus().getPhase()));
    }

    private void createLocation(String name) {
        BackupStorageLocation location = new BackupStorageLocation();
        location.getMetadata().setName(name);
        location.getMetadata().setNamespace(veleroNamespace);
        BackupStorageLocationSpec spec = new BackupStorageLocationSpec();
        spec.setProvider(FilesystemObjectStoreProvider.NAME);
        ObjectStorageLocation objectStorage = new ObjectStorageLocation();
        objectStorage.setBucket(BUCKET);
        spec.setObjectStorage(objectStorage);
        spec.setConfig(Map.of(FilesystemObjectStoreProvider.ROOT_PATH_KEY, bucketRoot.toString()));
        spec.setDefault(true);
        location.setSpec(spec);
        client.resource(location).create();
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            BackupStorageLocation current = client.resources(BackupStorageLocation.class)
                    .inNamespace(veleroNamespace).withName(name).get();
            return current.getStatus() != null
                    && BackupStorageLocationPhase.AVAILABLE.equals(current.getStatus().getPhase());
        });
    }

    private void createApplication() {
        String ns = appNamespace;
        client.configMaps().inNamespace(ns).resource(new ConfigMapBuilder().withNewMetadata().withName("settings")
                .addToLabels("tier", "config").endMetadata().addToData("mode", "fast").build()).create();
        client.configMaps().inNamespace(ns).resource(new ConfigMapBuilder().withNewMetadata().withName("ignored")
                .addToLabels(VeleroLabels.EXCLUDE_FROM_BACKUP, "true").endMetadata().build()).create();
        client.secrets().inNamespace(ns).resource(new SecretBuilder().withNewMetadata().withName("credentials")
                .endMetadata().addToStringData("password", "hunter2").build()).create();
        client.services().inNamespace(ns).resource(new ServiceBuilder().withNewMetadata().withName("web")
                .endMetadata().withNewSpec().addNewPort().withPort(80).endPort().addToSelector("app", "web")
                .endSpec().build()).create();
        client.apps().deployments().inNamespace(ns).resource(new DeploymentBuilder().withNewMetadata()
                .withName("web").endMetadata().withNewSpec().withReplicas(1).withNewSelector()
                .addToMatchLabels("app", "web").endSelector().withNewTemplate().withNewMetadata()
                .addToLabels("app", "web").endMetadata().withNewSpec().addNewContainer().withName("nginx")
                .withImage("nginx:1.27").endContainer().endSpec().endTemplate().endSpec().build()).create();
        GenericKubernetesResource widget = new GenericKubernetesResourceBuilder()
                .withApiVersion(WIDGET_GROUP + "/v1").withKind("Widget")
                .withNewMetadata().withName("gizmo").withNamespace(ns).endMetadata()
                .addToAdditionalProperties("spec", Map.of("size", 3)).build();
        client.genericKubernetesResources(WIDGETS).inNamespace(ns).resource(widget).create();
    }

    private static CustomResourceDefinition widgetCrd() {
        return new CustomResourceDefinitionBuilder()
                .withNewMetadata().withName("widgets." + WIDGET_GROUP).endMetadata()
                .withNewSpec().withGroup(WIDGET_GROUP).withScope("Namespaced")
                .withNewNames().withPlural("widgets").withSingular("widget").withKind("Widget").endNames()
                .addNewVersion().withName("v1").withServed(true).withStorage(true)
                .withNewSchema().withNewOpenAPIV3Schema().withType("object")
                .withXKubernetesPreserveUnknownFields(true).endOpenAPIV3Schema().endSchema()
                .endVersion().endSpec().build();
    }

    private static List<String> tarballEntries(Path tarball) throws IOException {
        List<String> names = new ArrayList<>();
        try (TarArchiveInputStream tar = new TarArchiveInputStream(new GZIPInputStream(Files.newInputStream(tarball)))) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                names.add(entry.getName());
            }
        }
        return names;
    }

    private static byte[] gunzip(Path file) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return in.readAllBytes();
        }
    }
}
