package io.velerojava.cli.install;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesList;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.authentication.TokenRequest;
import io.fabric8.kubernetes.api.model.authentication.TokenRequestBuilder;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.velerojava.cli.VeleroCommand;
import io.velerojava.server.ServerOptions;
import io.velerojava.server.VeleroServer;
import io.velerojava.testenv.LocalClusterExtension;
import io.velerojava.testenv.TestEnvironment;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9's acceptance: what {@code velero install} ships is valid and sufficient. The dry-run output applies to
 * the real API server; the server, run out-of-cluster with the installed service account's token (not the admin's),
 * backs up and restores; {@code velero uninstall --force} leaves no velero object behind.
 */
@ExtendWith(LocalClusterExtension.class)
class InstallIT {

    @Test
    void dryRunOutputIsAcceptedByTheApiServer(KubernetesClient admin, TestEnvironment env) {
        String namespace = "velero-dry-" + suffix();
        // Custom resources can only be dry-run against CRDs that really exist.
        assertThat(velero(env, "install", "--crds-only").exitCode()).isZero();
        CliRun dryRun = velero(env, "-n", namespace, "install", "--provider", "aws", "--bucket", "b",
                "--backup-location-config", "region=us-east-1", "--secret-file", "/dev/null", "--use-node-agent",
                "--dry-run", "-o", "yaml");
        assertThat(dryRun.exitCode()).as(dryRun.output()).isZero();
        List<HasMetadata> objects = Serialization.unmarshal(dryRun.output(), KubernetesList.class).getItems();

        // A server-side dry run of namespaced objects needs their namespace to exist for real.
        admin.namespaces().resource(new NamespaceBuilder().withNewMetadata().withName(namespace).endMetadata().build())
                .create();
        try {
            for (HasMetadata object : objects) {
                admin.resource(object).dryRun().createOr(existing -> existing.update());
            }
        } finally {
            admin.namespaces().withName(namespace).delete();
        }
        assertThat(objects).extracting(HasMetadata::getKind).contains("CustomResourceDefinition", "Deployment",
                "DaemonSet", "BackupStorageLocation", "Secret", "ClusterRoleBinding");
    }

    @Test
    void installedServiceAccountCanBackUpAndRestoreAndUninstallRemovesEverything(KubernetesClient admin,
            TestEnvironment env, @TempDir Path storage) throws Exception {
        String namespace = "velero-inst-" + suffix();
        String app = "app-" + suffix();
        Files.createDirectories(storage.resolve("bucket"));
        CliRun install = velero(env, "-n", namespace, "install", "--provider", "velero.io/filesystem",
                "--bucket", "bucket", "--backup-location-config", "fspath=" + storage, "--no-secret");
        assertThat(install.exitCode()).as(install.output()).isZero();

        try (KubernetesClient serviceAccount = new KubernetesClientBuilder()
                .withConfig(serviceAccountConfig(admin, namespace)).build();
                VeleroServer server = VeleroServer.start(serviceAccount, options(namespace))) {
            admin.namespaces().resource(new NamespaceBuilder().withNewMetadata().withName(app).endMetadata().build())
                    .create();
            admin.configMaps().inNamespace(app).resource(new ConfigMapBuilder().withNewMetadata()
                    .withName("settings").endMetadata().addToData("colour", "blue").build()).create();
            await().atMost(Duration.ofSeconds(60)).until(() -> "Available".equals(admin.genericKubernetesResources(
                    "velero.io/v1", "BackupStorageLocation").inNamespace(namespace).withName("default").get()
                    .get("status", "phase")));

            CliRun backup = velero(env, "-n", namespace, "backup", "create", "b1", "--include-namespaces", app,
                    "--wait");
            assertThat(backup.exitCode()).as(backup.output()).isZero();
            admin.namespaces().withName(app).delete();
            await().atMost(Duration.ofSeconds(90)).until(() -> admin.namespaces().withName(app).get() == null);

            CliRun restore = velero(env, "-n", namespace, "restore", "create", "r1", "--from-backup", "b1",
                    "--wait");
            assertThat(restore.exitCode()).as(restore.output()).isZero();
            assertThat(admin.configMaps().inNamespace(app).withName("settings").get().getData())
                    .containsEntry("colour", "blue");
        } finally {
            admin.namespaces().withName(app).delete();
        }

        CliRun uninstall = velero(env, "-n", namespace, "uninstall", "--force");
        assertThat(uninstall.exitCode()).as(uninstall.output()).isZero();
        assertThat(admin.namespaces().withName(namespace).get()).isNull();
        assertThat(admin.rbac().clusterRoleBindings().withName("velero-" + namespace).get()).isNull();
        assertThat(admin.apiextensions().v1().customResourceDefinitions().list().getItems())
                .noneMatch(crd -> crd.getSpec().getGroup().equals("velero.io"));
        // Leave the shared cluster as other tests expect it: with the velero.io CRDs installed.
        assertThat(velero(env, "install", "--crds-only").exitCode()).isZero();
    }

    /** A client config that authenticates as the installed service account through a bound token. */
    private static Config serviceAccountConfig(KubernetesClient admin, String namespace) {
        TokenRequest request = admin.serviceAccounts().inNamespace(namespace).withName("velero")
                .tokenRequest(new TokenRequestBuilder().withNewSpec().withExpirationSeconds(3600L).endSpec().build());
        Config adminConfig = LocalClusterExtension.adminConfig();
        return new ConfigBuilder(Config.empty())
                .withMasterUrl(adminConfig.getMasterUrl())
                .withCaCertFile(adminConfig.getCaCertFile())
                .withCaCertData(adminConfig.getCaCertData())
                .withOauthToken(request.getStatus().getToken())
                .build();
    }

    private static ServerOptions options(String namespace) {
        return ServerOptions.defaults(namespace).withEphemeralLoopbackPorts();
    }

    private static CliRun velero(TestEnvironment env, String... args) {
        List<String> full = new ArrayList<>(List.of("--kubeconfig", env.kubeconfig().toString()));
        full.addAll(List.of(args));
        StringWriter out = new StringWriter();
        var commandLine = VeleroCommand.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(out, true));
        int exitCode = commandLine.execute(full.toArray(String[]::new));
        return new CliRun(exitCode, out.toString());
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 6);
    }

    private record CliRun(int exitCode, String output) {
    }
}
