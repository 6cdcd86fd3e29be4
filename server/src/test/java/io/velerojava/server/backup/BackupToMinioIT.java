package io.velerojava.server.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceBuilder;
import io.fabric8.kubernetes.api.model.PersistentVolumeBuilder;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaimBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.kubernetes.api.model.ServiceAccountBuilder;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinitionBuilder;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.api.model.rbac.RoleBindingBuilder;
import io.fabric8.kubernetes.api.model.rbac.RoleBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import io.velerojava.api.builder.BackupBuilder;
import io.velerojava.api.builder.BackupStorageLocationBuilder;
import io.velerojava.api.v1.Backup;
import io.velerojava.api.v1.BackupPhase;
import io.velerojava.api.v1.BackupStorageLocation;
import io.velerojava.api.v1.BackupStorageLocationPhase;
import io.velerojava.server.LifecycleFixture;
import io.velerojava.server.ServerOptions;
import io.velerojava.server.VeleroServer;
import io.velerojava.server.client.RateLimitedClient;
import io.velerojava.storage.LocationConfig;
import io.velerojava.storage.ObjectInfo;
import io.velerojava.storage.ObjectStore;
import io.velerojava.storage.ObjectStoreRegistry;
import io.velerojava.testenv.LocalClusterExtension;
import io.velerojava.testenv.TestEnvironment;
import io.velerojava.testenv.TestNamespace;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 5's acceptance: a realistic namespace backed up by the running server into MinIO through the aws provider,
 * the bucket checked key by key, the tarball path by path and every metadata file by content; and a server stopped
 * mid-backup (gracefully, or killed so that its backup stays InProgress) leaves that backup Failed, never complete
 * in the bucket.
 */
@ExtendWith(LocalClusterExtension.class)
class BackupToMinioIT {

    private static final String LOCATION = "default";
    private static final String CREDENTIAL_SECRET = "cloud-credentials";
    private static final String CREDENTIAL_KEY = "cloud";
    private static final String GADGET_GROUP = "minio.velerojava.io";
    private static final ResourceDefinitionContext GADGETS = new ResourceDefinitionContext.Builder()
            .withGroup(GADGET_GROUP).withVersion("v1").withPlural("gadgets").withKind("Gadget").withNamespaced(true)
            .build();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final KubernetesClient client = LocalClusterExtension.adminClient();
    private final String suffix = UUID.randomUUID().toString().substring(0, 8);
    private final String app = "shop-" + suffix;
    private final String prefix = "backup-it-" + suffix;
    private final List<VeleroServer> servers = new ArrayList<>();
    private final List<KubernetesClient> clients = new ArrayList<>();
    private TestEnvironment env;
    private String veleroNamespace;

    @BeforeAll
    static void installCrds() {
        LifecycleFixture.installCrds(LocalClusterExtension.adminClient(), gadgetCrd());
    }

    @BeforeEach
    void createLocation(TestNamespace namespace, TestEnvironment env) {
        this.env = env;
        this.veleroNamespace = namespace.name();
        client.secrets().inNamespace(veleroNamespace).resource(new SecretBuilder()
                .withNewMetadata().withName(CREDENTIAL_SECRET).endMetadata()
                .addToStringData(CREDENTIAL_KEY, new String(credentialsFile(), StandardCharsets.UTF_8))
                .build()).create();
        client.resource(BackupStorageLocationBuilder.forLocation(veleroNamespace, LOCATION)
                .provider("aws").bucket(env.s3Bucket()).prefix(prefix)
                .config("region", "us-east-1").config("s3ForcePathStyle", "true")
                .config("s3Url", env.s3Endpoint().toString())
                .credential(CREDENTIAL_SECRET, CREDENTIAL_KEY).build()).create();
        client.namespaces().resource(new io.fabric8.kubernetes.api.model.NamespaceBuilder().withNewMetadata()
                .withName(app).endMetadata().build()).create();
    }

    @AfterEach
    void cleanUp() {
        servers.forEach(VeleroServer::close);
        clients.forEach(KubernetesClient::close);
        client.namespaces().withName(app).delete();
        client.persistentVolumes().withName("pv-" + suffix).delete();
    }

    @Test
    void backsUpARealisticNamespaceIntoMinioInVelerosLayout() throws IOException {
        startServer(500);
        awaitLocationAvailable();
        createApplication();

        Backup backup = awaitFinished(create("shop"));

        assertThat(backup.getStatus().getPhase()).as(backup.getStatus().getFailureReason())
                .isEqualTo(BackupPhase.COMPLETED);
        assertThat(backup.getStatus().getErrors()).isZero();
        try (ObjectStore bucket = openBucket()) {
            String dir = prefix + "/backups/shop/";
            assertThat(bucket.list(dir).stream().map(ObjectInfo::key)).containsExactlyInAnyOrder(
                    dir + "velero-backup.json", dir + "shop.tar.gz", dir + "shop-logs.gz",
                    dir + "shop-podvolumebackups.json.gz", dir + "shop-volumesnapshots.json.gz",
                    dir + "shop-itemoperations.json.gz", dir + "shop-resource-list.json.gz",
                    dir + "shop-results.gz", dir + "shop-volumeinfo.json.gz");

            List<String> expectedItems = List.of(
                    "resources/deployments.apps/namespaces/" + app + "/web.json",
                    "resources/services/namespaces/" + app + "/web.json",
                    "resources/configmaps/namespaces/" + app + "/settings.json",
                    "resources/configmaps/namespaces/" + app + "/kube-root-ca.crt.json",
                    "resources/secrets/namespaces/" + app + "/credentials.json",
                    "resources/serviceaccounts/namespaces/" + app + "/web.json",
                    "resources/serviceaccounts/namespaces/" + app + "/default.json",
                    "resources/roles.rbac.authorization.k8s.io/namespaces/" + app + "/reader.json",
                    "resources/rolebindings.rbac.authorization.k8s.io/namespaces/" + app + "/web-reads.json",
                    "resources/persistentvolumeclaims/namespaces/" + app + "/data.json",
                    "resources/persistentvolumes/cluster/pv-" + suffix + ".json",
                    "resources/gadgets." + GADGET_GROUP + "/namespaces/" + app + "/alpha.json",
                    "resources/gadgets." + GADGET_GROUP + "/namespaces/" + app + "/beta.json",
                    "resources/customresourcedefinitions.apiextensions.k8s.io/cluster/gadgets." + GADGET_GROUP
                            + ".json",
                    "resources/namespaces/cluster/" + app + ".json");
            Map<String, byte[]> tarball = untar(bucket.getBytes(dir + "shop.tar.gz"));
            assertThat(tarball.keySet().iterator().next()).isEqualTo("metadata/version");
            assertThat(new String(tarball.get("metadata/version"), StandardCharsets.UTF_8)).isEqualTo("1.1.0\n");
            List<String> items = tarball.keySet().stream()
                    .filter(path -> path.startsWith("resources/") && !path.contains("-preferredversion/")).toList();
            assertThat(items).containsAll(expectedItems);
            for (String item : items) {
                assertThat(tarball).containsKey(preferredVersionPath(item, tarball));
                JsonNode object = JSON.readTree(tarball.get(item));
                assertThat(object.path("metadata").path("name").asText()).as(item)
                        .isEqualTo(item.substring(item.lastIndexOf('/') + 1, item.length() - ".json".length()));
                assertThat(object.path("apiVersion").asText()).as(item).isNotEmpty();
            }
            assertThat(JSON.readTree(tarball.get("resources/secrets/namespaces/" + app + "/credentials.json"))
                    .path("data").path("password").asText()).isEqualTo("aHVudGVyMg==");
            assertThat(JSON.readTree(tarball.get("resources/gadgets." + GADGET_GROUP + "/namespaces/" + app
                    + "/alpha.json")).path("spec").path("size").asInt()).isEqualTo(1);
            assertThat(items).hasSize(backup.getStatus().getProgress().getItemsBackedUp());

            Map<String, List<String>> resourceList = JSON.readValue(gunzip(bucket.getBytes(
                    dir + "shop-resource-list.json.gz")), new TypeReference<>() { });
            assertThat(resourceList).containsEntry("v1/PersistentVolume", List.of("pv-" + suffix))
                    .containsEntry("v1/PersistentVolumeClaim", List.of(app + "/data"))
                    .containsEntry("v1/Secret", List.of(app + "/credentials"))
                    .containsEntry("apps/v1/Deployment", List.of(app + "/web"))
                    .containsEntry("rbac.authorization.k8s.io/v1/Role", List.of(app + "/reader"))
                    .containsEntry("rbac.authorization.k8s.io/v1/RoleBinding", List.of(app + "/web-reads"))
                    .containsEntry(GADGET_GROUP + "/v1/Gadget", List.of(app + "/alpha", app + "/beta"))
                    .containsEntry("apiextensions.k8s.io/v1/CustomResourceDefinition",
                            List.of("gadgets." + GADGET_GROUP))
                    .containsEntry("v1/Namespace", List.of(app));
            assertThat(resourceList.get("v1/ConfigMap")).containsExactly(app + "/kube-root-ca.crt",
                    app + "/settings");
            assertThat(resourceList.values().stream().mapToInt(List::size).sum()).isEqualTo(items.size());

            assertThat(JSON.readTree(gunzip(bucket.getBytes(dir + "shop-results.gz")))).isEqualTo(
                    JSON.readTree("{\"warnings\":{},\"errors\":{}}"));
            for (String emptyList : List.of("podvolumebackups.json.gz", "volumesnapshots.json.gz",
                    "itemoperations.json.gz", "volumeinfo.json.gz")) {
                assertThat(JSON.readTree(gunzip(bucket.getBytes(dir + "shop-" + emptyList)))).as(emptyList)
                        .isEqualTo(JSON.createArrayNode());
            }
            assertThat(new String(gunzip(bucket.getBytes(dir + "shop-logs.gz")), StandardCharsets.UTF_8))
                    .contains("Starting backup").contains("Adding persistentvolumes pv-" + suffix);
            JsonNode metadata = JSON.readTree(bucket.getBytes(dir + "velero-backup.json"));
            assertThat(metadata.path("kind").asText()).isEqualTo("Backup");
            assertThat(metadata.path("apiVersion").asText()).isEqualTo("velero.io/v1");
            assertThat(metadata.path("status").path("phase").asText()).isEqualTo("Completed");
            assertThat(metadata.path("status").path("formatVersion").asText()).isEqualTo("1.1.0");
            assertThat(metadata.path("status").path("progress").path("itemsBackedUp").asInt())
                    .isEqualTo(items.size());
            assertThat(metadata.path("spec").path("storageLocation").asText()).isEqualTo(LOCATION);
        }
    }

    @Test
    void aServerStoppedMidBackupLeavesItFailedAndNeverCompleteInTheBucket() throws Exception {
        // Pages of one item through a client held to 40 requests a second: the backup runs for over ten seconds.
        KubernetesClient slowClient = RateLimitedClient.build(LocalClusterExtension.adminConfig(), 40, 10);
        clients.add(slowClient);
        VeleroServer first = startServer(1, slowClient);
        awaitLocationAvailable();
        createConfigMaps(400);

        create("interrupted");
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(50)).until(() -> {
            Backup current = get("interrupted");
            return current.getStatus() != null && BackupPhase.IN_PROGRESS.equals(current.getStatus().getPhase())
                    && current.getStatus().getProgress() != null
                    && current.getStatus().getProgress().getItemsBackedUp() != null
                    && current.getStatus().getProgress().getItemsBackedUp() > 0;
        });
        first.close();
        servers.remove(first);
        startServer(500);

        Backup backup = awaitFinished("interrupted");

        assertThat(backup.getStatus().getPhase()).isEqualTo(BackupPhase.FAILED);
        assertThat(backup.getStatus().getFailureReason()).isNotBlank();
        try (ObjectStore bucket = openBucket()) {
            assertThat(bucket.exists(prefix + "/backups/interrupted/velero-backup.json")).isFalse();
            assertThat(bucket.exists(prefix + "/backups/interrupted/interrupted.tar.gz")).isFalse();
        }
    }

    @Test
    void aBackupLeftInProgressByAKilledServerIsFailedByTheNextOne() {
        Backup orphan = client.resource(BackupBuilder.forBackup(veleroNamespace, "orphan").includedNamespaces(app)
                .build()).create();
        orphan.setStatus(new io.velerojava.api.v1.BackupStatus());
        orphan.getStatus().setPhase(BackupPhase.IN_PROGRESS);
        orphan.getStatus().setStartTimestamp("2026-01-01T00:00:00Z");
        client.resource(orphan).updateStatus();
        startServer(500);

        Backup backup = awaitFinished("orphan");

        assertThat(backup.getStatus().getPhase()).isEqualTo(BackupPhase.FAILED);
        assertThat(backup.getStatus().getFailureReason()).isNotBlank();
        try (ObjectStore bucket = openBucket()) {
            assertThat(bucket.exists(prefix + "/backups/orphan/velero-backup.json")).isFalse();
        }
    }

    private VeleroServer startServer(int pageSize) {
        return startServer(pageSize, client);
    }

    private VeleroServer startServer(int pageSize, KubernetesClient serverClient) {
        ServerOptions defaults = ServerOptions.defaults(veleroNamespace);
        VeleroServer server = VeleroServer.start(serverClient, new ServerOptions(veleroNamespace,
                defaults.defaultBackupTtl(), defaults.backupSyncPeriod(), defaults.storeValidationFrequency(),
                defaults.clientQps(), defaults.clientBurst(), pageSize, defaults.itemBlockWorkerCount(),
                defaults.logLevel(), defaults.logFormat(), new InetSocketAddress("127.0.0.1", 0), LOCATION,
                defaults.resourceTimeout(), new InetSocketAddress("127.0.0.1", 0), Optional.empty()));
        servers.add(server);
        return server;
    }

    private void awaitLocationAvailable() {
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            BackupStorageLocation location = client.resources(BackupStorageLocation.class)
                    .inNamespace(veleroNamespace).withName(LOCATION).get();
            return location.getStatus() != null
                    && BackupStorageLocationPhase.AVAILABLE.equals(location.getStatus().getPhase());
        });
    }

    private String create(String name) {
        client.resource(BackupBuilder.forBackup(veleroNamespace, name).includedNamespaces(app).build()).create();
        return name;
    }

    private Backup get(String name) {
        return client.resources(Backup.class).inNamespace(veleroNamespace).withName(name).get();
    }

    private Backup awaitFinished(String name) {
        return await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(200)).until(() -> get(name),
                current -> current.getStatus() != null && current.getStatus().getPhase() != null
                        && List.of(BackupPhase.COMPLETED, BackupPhase.PARTIALLY_FAILED, BackupPhase.FAILED,
                        BackupPhase.FAILED_VALIDATION).contains(current.getStatus().getPhase()));
    }

    private void createApplication() {
        String ns = app;
        client.configMaps().inNamespace(ns).resource(new ConfigMapBuilder().withNewMetadata().withName("settings")
                .endMetadata().addToData("mode", "fast").build()).create();
        client.secrets().inNamespace(ns).resource(new SecretBuilder().withNewMetadata().withName("credentials")
                .endMetadata().addToStringData("password", "hunter2").build()).create();
        client.serviceAccounts().inNamespace(ns).resource(new ServiceAccountBuilder().withNewMetadata()
                .withName("web").endMetadata().build()).create();
        client.rbac().roles().inNamespace(ns).resource(new RoleBuilder().withNewMetadata().withName("reader")
                .endMetadata().addNewRule().withApiGroups("").withResources("configmaps").withVerbs("get", "list")
                .endRule().build()).create();
        client.rbac().roleBindings().inNamespace(ns).resource(new RoleBindingBuilder().withNewMetadata()
                .withName("web-reads").endMetadata().withNewRoleRef().withApiGroup("rbac.authorization.k8s.io")
                .withKind("Role").withName("reader").endRoleRef().addNewSubject().withKind("ServiceAccount")
                .withName("web").withNamespace(ns).endSubject().build()).create();
        String storageClass = "manual-" + suffix;
        client.persistentVolumes().resource(new PersistentVolumeBuilder().withNewMetadata().withName("pv-" + suffix)
                .endMetadata().withNewSpec().withStorageClassName(storageClass).withAccessModes("ReadWriteOnce")
                .addToCapacity("storage", new Quantity("1Gi")).withNewHostPath().withPath("/tmp/pv-" + suffix)
                .endHostPath().endSpec().build()).create();
        client.persistentVolumeClaims().inNamespace(ns).resource(new PersistentVolumeClaimBuilder().withNewMetadata()
                .withName("data").endMetadata().withNewSpec().withStorageClassName(storageClass)
                .withAccessModes("ReadWriteOnce").withNewResources().addToRequests("storage", new Quantity("1Gi"))
                .endResources().endSpec().build()).create();
        client.services().inNamespace(ns).resource(new ServiceBuilder().withNewMetadata().withName("web")
                .endMetadata().withNewSpec().addNewPort().withPort(80).endPort().addToSelector("app", "web")
                .endSpec().build()).create();
        client.apps().deployments().inNamespace(ns).resource(new DeploymentBuilder().withNewMetadata()
                .withName("web").endMetadata().withNewSpec().withReplicas(1).withNewSelector()
                .addToMatchLabels("app", "web").endSelector().withNewTemplate().withNewMetadata()
                .addToLabels("app", "web").endMetadata().withNewSpec().withServiceAccountName("web")
                .addNewContainer().withName("nginx").withImage("nginx:1.27").endContainer()
                .addNewVolume().withName("data").withNewPersistentVolumeClaim().withClaimName("data")
                .endPersistentVolumeClaim().endVolume().endSpec().endTemplate().endSpec().build()).create();
        for (String name : List.of("alpha", "beta")) {
            client.genericKubernetesResources(GADGETS).inNamespace(ns).resource(new GenericKubernetesResourceBuilder()
                    .withApiVersion(GADGET_GROUP + "/v1").withKind("Gadget")
                    .withNewMetadata().withName(name).withNamespace(ns).endMetadata()
                    .addToAdditionalProperties("spec", Map.of("size", name.equals("alpha") ? 1 : 2)).build())
                    .create();
        }
        client.persistentVolumeClaims().inNamespace(ns).withName("data").waitUntilCondition(
                (PersistentVolumeClaim claim) -> claim != null && claim.getStatus() != null
                        && "Bound".equals(claim.getStatus().getPhase()), 90, TimeUnit.SECONDS);
    }

    private void createConfigMaps(int count) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> created = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                String name = "cm-" + i;
                created.add(pool.submit(() -> client.configMaps().inNamespace(app).resource(new ConfigMapBuilder()
                        .withNewMetadata().withName(name).endMetadata().addToData("payload", "x".repeat(1000))
                        .build()).create()));
            }
            for (Future<?> future : created) {
                future.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    private ObjectStore openBucket() {
        return ObjectStoreRegistry.discover().open(new LocationConfig("aws", env.s3Bucket(), "",
                Map.of("region", "us-east-1", "s3ForcePathStyle", "true", "s3Url", env.s3Endpoint().toString()),
                Optional.of(credentialsFile()), Optional.empty()));
    }

    private byte[] credentialsFile() {
        return ("[default]\naws_access_key_id=" + env.s3AccessKey() + "\naws_secret_access_key="
                + env.s3SecretKey() + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /** {@code resources/<gr>/<v>-preferredversion/...} of a legacy item path, with the version the tarball has. */
    private static String preferredVersionPath(String item, Map<String, byte[]> tarball) {
        String[] parts = item.split("/", 3);
        String prefix = parts[0] + "/" + parts[1] + "/";
        return tarball.keySet().stream()
                .filter(path -> path.startsWith(prefix) && path.endsWith("-preferredversion/" + parts[2]))
                .findFirst().orElse(prefix + "<missing>-preferredversion/" + parts[2]);
    }

    private static Map<String, byte[]> untar(byte[] gzippedTar) throws IOException {
        Map<String, byte[]> entries = new java.util.LinkedHashMap<>();
        try (TarArchiveInputStream tar = new TarArchiveInputStream(new GZIPInputStream(
                new ByteArrayInputStream(gzippedTar)))) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                entries.put(entry.getName(), tar.readAllBytes());
            }
        }
        return entries;
    }

    private static byte[] gunzip(byte[] gzipped) throws IOException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped))) {
            return in.readAllBytes();
        }
    }

    private static CustomResourceDefinition gadgetCrd() {
        return new CustomResourceDefinitionBuilder()
                .withNewMetadata().withName("gadgets." + GADGET_GROUP).endMetadata()
                .withNewSpec().withGroup(GADGET_GROUP).withScope("Namespaced")
                .withNewNames().withPlural("gadgets").withSingular("gadget").withKind("Gadget").endNames()
                .addNewVersion().withName("v1").withServed(true).withStorage(true)
                .withNewSchema().withNewOpenAPIV3Schema().withType("object")
                .withXKubernetesPreserveUnknownFields(true).endOpenAPIV3Schema().endSchema()
                .endVersion().endSpec().build();
    }
}
