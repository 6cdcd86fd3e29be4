package io.velerojava.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.velerojava.api.builder.BackupBuilder;
import io.velerojava.api.v1.Backup;
import io.velerojava.api.v1.BackupPhase;
import io.velerojava.api.v1.BackupStatus;
import io.velerojava.testenv.LocalClusterExtension;
import io.velerojava.testenv.TestEnvironment;
import io.velerojava.testenv.TestNamespace;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The generated CRDs installed into a real API server accept every Velero example of the seed document, and what
 * the typed client reads back is the same object, field by field.
 */
@ExtendWith(LocalClusterExtension.class)
class SeedManifestsIT {

    private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

    @BeforeAll
    static void installCrds() {
        KubernetesClient client = LocalClusterExtension.adminClient();
        for (CustomResourceDefinition crd : VeleroCrds.definitions()) {
            client.resource(crd).forceConflicts().serverSideApply();
        }
        for (CustomResourceDefinition crd : VeleroCrds.definitions()) {
            client.apiextensions().v1().customResourceDefinitions().withName(crd.getMetadata().getName())
                    .waitUntilCondition(SeedManifestsIT::isEstablished, 60, TimeUnit.SECONDS);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.velerojava.api.SeedRoundTripTest#seeds")
    void everySeedIsStoredAndReadBackUnchanged(String file, Class<? extends HasMetadata> kind, KubernetesClient client,
                                               TestNamespace namespace) throws IOException {
        GenericKubernetesResource seed = SERIALIZATION.unmarshal(SeedRoundTripTest.seed(file),
                GenericKubernetesResource.class);
        seed.getMetadata().setNamespace(namespace.name());

        client.resource(seed).create();
        HasMetadata typed = client.resources(kind).inNamespace(namespace.name())
                .withName(seed.getMetadata().getName()).get();
        GenericKubernetesResource stored = client.genericKubernetesResources(seed.getApiVersion(), seed.getKind())
                .inNamespace(namespace.name()).withName(seed.getMetadata().getName()).get();

        JsonNode typedTree = tree(typed);
        assertThat(typedTree.get("apiVersion")).isEqualTo(tree(seed).get("apiVersion"));
        assertThat(typedTree.get("kind")).isEqualTo(tree(seed).get("kind"));
        assertThat(typedTree.get("spec")).isEqualTo(tree(seed).get("spec")).isEqualTo(tree(stored).get("spec"));
        assertThat(typedTree.get("metadata")).isEqualTo(tree(stored).get("metadata"));
    }

    @Test
    void kubectlShowsVelerosPrinterColumns(TestNamespace namespace, TestEnvironment environment,
                                           KubernetesClient client) throws Exception {
        for (Object[] seed : SeedRoundTripTest.seeds().map(Arguments::get).toList()) {
            GenericKubernetesResource resource = SERIALIZATION.unmarshal(SeedRoundTripTest.seed((String) seed[0]),
                    GenericKubernetesResource.class);
            resource.getMetadata().setNamespace(namespace.name());
            client.resource(resource).create();
        }

        List<String> headers = kubectl(environment, "get", "backups,restores,schedules,bsl,vsl", "-n",
                namespace.name()).lines().filter(line -> line.startsWith("NAME")).map(SeedManifestsIT::columns)
                .toList();

        assertThat(headers).contains(
                "NAME AGE",
                "NAME STATUS SCHEDULE LASTBACKUP AGE PAUSED",
                "NAME PHASE LAST VALIDATED AGE DEFAULT");
    }

    @Test
    void aStatusUpdateNeverChangesTheSpec(KubernetesClient client, TestNamespace namespace) {
        Backup created = client.resource(BackupBuilder.forBackup(namespace.name(), "b1").includedNamespaces("app")
                .ttl("72h").build()).create();

        created.getSpec().setStorageLocation("somewhere-else");
        BackupStatus status = new BackupStatus();
        status.setPhase(BackupPhase.IN_PROGRESS);
        created.setStatus(status);
        client.resource(created).updateStatus();

        Backup stored = client.resources(Backup.class).inNamespace(namespace.name()).withName("b1").get();
        assertThat(stored.getStatus().getPhase()).isEqualTo(BackupPhase.IN_PROGRESS);
        assertThat(stored.getSpec().getStorageLocation()).isNull();
        assertThat(stored.getSpec().getTtl()).hasToString("72h0m0s");
    }

    private static boolean isEstablished(CustomResourceDefinition crd) {
        return crd != null && crd.getStatus() != null && crd.getStatus().getConditions() != null
                && crd.getStatus().getConditions().stream()
                .anyMatch(c -> "Established".equals(c.getType()) && "True".equals(c.getStatus()));
    }

    private static JsonNode tree(Object value) {
        return SERIALIZATION.convertValue(value, JsonNode.class);
    }

    /** The header with runs of spaces collapsed: "NAME   PHASE   LAST VALIDATED" -> "NAME PHASE LAST VALIDATED". */
    private static String columns(String header) {
        return header.strip().replaceAll("\\s{2,}", " ");
    }

    private static String kubectl(TestEnvironment environment, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(environment.kubectl().toString(), "--kubeconfig",
                environment.kubeconfig().toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return output;
    }
}
