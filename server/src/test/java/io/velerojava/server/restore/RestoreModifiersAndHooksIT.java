package io.velerojava.server.restore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.LabelSelectorBuilder;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaimBuilder;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.velerojava.api.GoDuration;
import io.velerojava.api.builder.BackupBuilder;
import io.velerojava.api.builder.RestoreBuilder;
import io.velerojava.api.v1.Backup;
import io.velerojava.api.v1.BackupPhase;
import io.velerojava.api.v1.ExecRestoreHook;
import io.velerojava.api.v1.HookErrorMode;
import io.velerojava.api.v1.InitRestoreHook;
import io.velerojava.api.v1.Restore;
import io.velerojava.api.v1.RestorePhase;
import io.velerojava.api.v1.RestoreResourceHook;
import io.velerojava.api.v1.RestoreResourceHookSpec;
import io.velerojava.server.LifecycleFixture;
import io.velerojava.server.ServerOptions;
import io.velerojava.server.VeleroServer;
import io.velerojava.testenv.LocalClusterExtension;
import io.velerojava.testenv.TestNamespace;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real server restores a deleted namespace with resource modifiers (a Deployment and a PVC come back changed,
 * a missing or malformed modifier ConfigMap fails validation) and with restore hooks (pods come back with their
 * init containers; an exec hook in a pod that never runs - this control plane has no kubelet - fails after its
 * wait timeout and is counted in {@code status.hookStatus}).
 */
@ExtendWith(LocalClusterExtension.class)
class RestoreModifiersAndHooksIT {

    private static final String MODIFIERS = """
            version: v1
            resourceModifierRules:
            - conditions:
                groupResource: persistentvolumeclaims
                resourceNameRegex: "^data$"
              patches:
              - operation: replace
                path: /spec/storageClassName
                value: premium
            - conditions:
                groupResource: deployments.apps
                labelSelector: {matchLabels: {app: web}}
              mergePatches:
              - patchData: '{"spec": {"replicas": 3}}'
            - conditions:
                groupResource: "*.apps"
              strategicPatches:
              - patchData: |
                  spec:
                    template:
                      spec:
                        containers:
                        - name: nginx
                          image: nginx:1.28
            """;

    @TempDir
    Path bucketRoot;

    private final KubernetesClient client;
    private final ObjectMapper json = new ObjectMapper();
    private String veleroNamespace;
    private final String appNamespace = "app-" + UUID.randomUUID().toString().substring(0, 8);
    private VeleroServer server;

    RestoreModifiersAndHooksIT(KubernetesClient client) {
        this.client = client;
    }

    @BeforeAll
    static void installCrds() {
        LifecycleFixture.installCrds(LocalClusterExtension.adminClient());
    }

    @BeforeEach
    void startServer(TestNamespace namespace) throws IOException {
        veleroNamespace = namespace.name();
        server = VeleroServer.start(client, ServerOptions.defaults(veleroNamespace).withEphemeralLoopbackPorts());
        client.namespaces().resource(new NamespaceBuilder().withNewMetadata().withName(appNamespace).endMetadata()
                .build()).create();
        LifecycleFixture.createDefaultLocation(client, veleroNamespace, bucketRoot);
    }

    @AfterEach
    void stopServer() {
        server.close();
        client.namespaces().withName(appNamespace).delete();
        client.resources(Restore.class).inNamespace(veleroNamespace).list().getItems().forEach(restore ->
                client.resources(Restore.class).inNamespace(veleroNamespace)
                        .withName(restore.getMetadata().getName()).edit(r -> {
                            r.getMetadata().getFinalizers().clear();
                            return r;
                        }));
    }

    @Test
    void resourceModifiersChangeTheRestoredDeploymentAndPvc() {
        client.persistentVolumeClaims().inNamespace(appNamespace).resource(new PersistentVolumeClaimBuilder()
                .withNewMetadata().withName("data").endMetadata().withNewSpec().withStorageClassName("standard")
                .withAccessModes("ReadWriteOnce").withNewResources().addToRequests("storage", new Quantity("1Gi"))
                .endResources().endSpec().build()).create();
        client.apps().deployments().inNamespace(appNamespace).resource(new DeploymentBuilder().withNewMetadata()
                .withName("web").addToLabels("app", "web").endMetadata().withNewSpec().withReplicas(1)
                .withNewSelector().addToMatchLabels("app", "web").endSelector().withNewTemplate().withNewMetadata()
                .addToLabels("app", "web").endMetadata().withNewSpec().addNewContainer().withName("nginx")
                .withImage("nginx:1.27").endContainer().addNewContainer().withName("exporter")
                .withImage("exporter:1").endContainer().endSpec().endTemplate().endSpec().build()).create();
        backUpAndDeleteTheNamespace("modified");
        client.configMaps().inNamespace(veleroNamespace).resource(new ConfigMapBuilder().withNewMetadata()
                .withName("modifiers").endMetadata().addToData("rules.yaml", MODIFIERS).build()).create();

        Restore restore = LifecycleFixture.createAndAwaitFinished(client, RestoreBuilder.forRestore(veleroNamespace, "modified-restore")
                .backupName("modified").resourceModifier("modifiers").build());

        assertThat(restore.getStatus().getPhase()).as("errors: %s", restore.getStatus().getErrors())
                .isEqualTo(RestorePhase.COMPLETED);
        PersistentVolumeClaim pvc = client.persistentVolumeClaims().inNamespace(appNamespace).withName("data").get();
        assertThat(pvc.getSpec().getStorageClassName()).isEqualTo("premium");
        Deployment deployment = client.apps().deployments().inNamespace(appNamespace).withName("web").get();
        assertThat(deployment.getSpec().getReplicas()).isEqualTo(3);
        assertThat(deployment.getSpec().getTemplate().getSpec().getContainers())
                .extracting(Container::getName, Container::getImage)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("nginx", "nginx:1.28"),
                        org.assertj.core.groups.Tuple.tuple("exporter", "exporter:1"));
        assertThat(deployment.getMetadata().getLabels()).containsEntry("velero.io/restore-name", "modified-restore");
    }

    @Test
    void aMissingOrMalformedModifierConfigMapFailsValidation() {
        client.configMaps().inNamespace(veleroNamespace).resource(new ConfigMapBuilder().withNewMetadata()
                .withName("broken").endMetadata().addToData("rules.yaml", "version: v2\nresourceModifierRules: []")
                .build()).create();

        Restore missing = LifecycleFixture.createAndAwaitFinished(client, RestoreBuilder.forRestore(veleroNamespace, "missing-modifiers")
                .backupName("any").resourceModifier("absent").build());
        Restore malformed = LifecycleFixture.createAndAwaitFinished(client, RestoreBuilder.forRestore(veleroNamespace, "malformed-modifiers")
                .backupName("any").resourceModifier("broken").build());

        assertThat(missing.getStatus().getPhase()).isEqualTo(RestorePhase.FAILED_VALIDATION);
        assertThat(missing.getStatus().getValidationErrors()).singleElement().asString()
                .isEqualTo("resource modifier ConfigMap " + veleroNamespace + "/absent not found; create it with"
                        + " `kubectl create configmap absent --from-file=<rules.yaml> -n " + veleroNamespace + "`");
        assertThat(malformed.getStatus().getPhase()).isEqualTo(RestorePhase.FAILED_VALIDATION);
        assertThat(malformed.getStatus().getValidationErrors()).singleElement().asString()
                .isEqualTo("resource modifier ConfigMap " + veleroNamespace + "/broken: unsupported resource"
                        + " modifier version \"v2\"; the only version is v1");
    }

    @Test
    void hooksAddInitContainersAndAnExecHookInAPodThatNeverRunsFailsAfterItsWaitTimeout() throws IOException {
        client.pods().inNamespace(appNamespace).resource(new PodBuilder().withNewMetadata().withName("db")
                .addToLabels("app", "db")
                .addToAnnotations("init.hook.restore.velero.io/container-image", "busybox:1.37")
                .addToAnnotations("init.hook.restore.velero.io/container-name", "restore-init")
                .addToAnnotations("init.hook.restore.velero.io/command", "[\"sh\", \"-c\", \"echo init\"]")
                .addToAnnotations("post.hook.restore.velero.io/command", "[\"/bin/reindex\"]")
                .addToAnnotations("post.hook.restore.velero.io/wait-timeout", "3s")
                .addToAnnotations("post.hook.restore.velero.io/on-error", "Fail")
                .endMetadata().withNewSpec().addNewInitContainer().withName("migrate").withImage("db-tools:1")
                .endInitContainer().addNewContainer().withName("db").withImage("postgres:17").endContainer()
                .endSpec().build()).create();
        client.pods().inNamespace(appNamespace).resource(new PodBuilder().withNewMetadata().withName("web")
                .addToLabels("app", "web").endMetadata().withNewSpec().addNewContainer().withName("nginx")
                .withImage("nginx:1.27").endContainer().endSpec().build()).create();
        backUpAndDeleteTheNamespace("hooked");

        Restore restore = LifecycleFixture.createAndAwaitFinished(client, RestoreBuilder.forRestore(veleroNamespace, "hooked-restore")
                .backupName("hooked").hooks(webHooks()).build());

        assertThat(restore.getStatus().getPhase()).isEqualTo(RestorePhase.PARTIALLY_FAILED);
        assertThat(restore.getStatus().getHookStatus().getHooksAttempted()).isEqualTo(2);
        assertThat(restore.getStatus().getHookStatus().getHooksFailed()).isEqualTo(2);
        assertThat(client.pods().inNamespace(appNamespace).withName("db").get().getSpec().getInitContainers())
                .extracting(Container::getName, Container::getImage, Container::getCommand)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("restore-init", "busybox:1.37",
                                List.of("sh", "-c", "echo init")),
                        org.assertj.core.groups.Tuple.tuple("migrate", "db-tools:1", List.of()));
        assertThat(client.pods().inNamespace(appNamespace).withName("web").get().getSpec().getInitContainers())
                .extracting(Container::getName).containsExactly("seed");
        JsonNode errors = json.readTree(gunzip(bucketRoot.resolve(LifecycleFixture.BUCKET)
                .resolve("restores/hooked-restore/restore-hooked-restore-results.gz"))).path("errors");
        assertThat(errors.path("namespaces").path(appNamespace).toString())
                .contains("hook <from-annotation> in container db in pod " + appNamespace + "/db not executed:"
                        + " its container was not running (or ready, for waitForReady) within PT3S")
                .contains("hook warm-cache in container nginx in pod " + appNamespace + "/web not executed");
    }

    /** For pods labelled app=web: an init container, and an exec hook that waits 2s for its container. */
    private RestoreResourceHookSpec webHooks() {
        InitRestoreHook init = new InitRestoreHook();
        init.setInitContainers(List.of(json.valueToTree(Map.of("name", "seed", "image", "busybox:1.37",
                "command", List.of("sh", "-c", "echo seed")))));
        RestoreResourceHook initHook = new RestoreResourceHook();
        initHook.setInit(init);
        ExecRestoreHook exec = new ExecRestoreHook();
        exec.setCommand(List.of("/bin/sh", "-c", "nginx -s reload"));
        exec.setWaitTimeout(GoDuration.parse("2s"));
        exec.setOnError(HookErrorMode.CONTINUE);
        RestoreResourceHook execHook = new RestoreResourceHook();
        execHook.setExec(exec);
        RestoreResourceHookSpec spec = new RestoreResourceHookSpec();
        spec.setName("warm-cache");
        spec.setIncludedNamespaces(List.of(appNamespace));
        spec.setLabelSelector(new LabelSelectorBuilder().addToMatchLabels("app", "web").build());
        spec.setPostHooks(List.of(initHook, execHook));
        return spec;
    }

    private void backUpAndDeleteTheNamespace(String backupName) {
        Backup backup = LifecycleFixture.createAndAwaitFinished(client, BackupBuilder.forBackup(veleroNamespace, backupName)
                .includedNamespaces(appNamespace).build());
        assertThat(backup.getStatus().getPhase()).isEqualTo(BackupPhase.COMPLETED);
        client.namespaces().withName(appNamespace).delete();
        await().atMost(Duration.ofSeconds(60)).until(() -> client.namespaces().withName(appNamespace).get() == null);
    }

    private static byte[] gunzip(Path file) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return in.readAllBytes();
        }
    }
}
