package io.velerojava.testenv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.APIGroup;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceBuilder;
import io.fabric8.kubernetes.api.model.GroupVersionForDiscovery;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinitionBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The Foundation acceptance: the local control plane behaves like a real cluster (minus kubelets). */
@ExtendWith(LocalClusterExtension.class)
class LocalControlPlaneIT {

    @Test
    void discoveryListsTheBuiltInGroupsVeleroBacksUp(KubernetesClient client) {
        List<String> groupVersions = client.getApiGroups().getGroups().stream()
                .map(APIGroup::getVersions)
                .flatMap(List::stream)
                .map(GroupVersionForDiscovery::getGroupVersion)
                .toList();

        assertThat(groupVersions).contains("apps/v1", "batch/v1", "apiextensions.k8s.io/v1",
                "rbac.authorization.k8s.io/v1");
        assertThat(client.getKubernetesVersion().getGitVersion()).startsWith("v1.");
    }

    @Test
    void customResourceDefinitionBecomesEstablishedAndServesItsResources(KubernetesClient client, TestNamespace ns) {
        String group = "t" + UUID.randomUUID().toString().substring(0, 6) + ".testenv.velero-java.io";
        CustomResourceDefinition crd = new CustomResourceDefinitionBuilder()
                .withNewMetadata().withName("widgets." + group).endMetadata()
                .withNewSpec().withGroup(group).withScope("Namespaced")
                .withNewNames().withPlural("widgets").withSingular("widget").withKind("Widget").endNames()
                .addNewVersion().withName("v1").withServed(true).withStorage(true)
                .withNewSchema().withNewOpenAPIV3Schema().withType("object")
                .withXKubernetesPreserveUnknownFields(true).endOpenAPIV3Schema().endSchema()
                .endVersion().endSpec().build();
        client.apiextensions().v1().customResourceDefinitions().resource(crd).create();
        try {
            await().atMost(Duration.ofSeconds(60)).until(() -> isEstablished(client, crd.getMetadata().getName()));
            ResourceDefinitionContext widgets = new ResourceDefinitionContext.Builder()
                    .withGroup(group).withVersion("v1").withPlural("widgets").withKind("Widget").withNamespaced(true)
                    .build();
            for (String name : List.of("red", "blue")) {
                GenericKubernetesResource widget = new GenericKubernetesResourceBuilder()
                        .withApiVersion(group + "/v1").withKind("Widget")
                        .withNewMetadata().withName(name).withNamespace(ns.name())
                        .addToLabels("colour", name).endMetadata()
                        .addToAdditionalProperties("spec", Map.of("size", 3))
                        .build();
                client.genericKubernetesResources(widgets).inNamespace(ns.name()).resource(widget).create();
            }

            List<GenericKubernetesResource> red = client.genericKubernetesResources(widgets).inNamespace(ns.name())
                    .withLabel("colour", "red").list().getItems();
            assertThat(red).extracting(r -> r.getMetadata().getName()).containsExactly("red");

            client.genericKubernetesResources(widgets).inNamespace(ns.name()).withName("red").delete();
            await().atMost(Duration.ofSeconds(30)).until(() ->
                    client.genericKubernetesResources(widgets).inNamespace(ns.name()).withName("red").get() == null);
        } finally {
            client.apiextensions().v1().customResourceDefinitions().withName(crd.getMetadata().getName()).delete();
        }
    }

    @Test
    void deletingANamespaceWithObjectsCompletes(KubernetesClient client) {
        String name = "doomed-" + UUID.randomUUID().toString().substring(0, 8);
        client.namespaces().resource(new NamespaceBuilder().withNewMetadata().withName(name).endMetadata().build())
                .create();
        client.configMaps().inNamespace(name).resource(new ConfigMapBuilder().withNewMetadata().withName("data")
                .endMetadata().addToData("k", "v").build()).create();

        client.namespaces().withName(name).delete();

        await().atMost(Duration.ofSeconds(90)).until(() -> client.namespaces().withName(name).get() == null);
    }

    @Test
    void newNamespaceGetsDefaultServiceAccountAndRootCaConfigMap(KubernetesClient client, TestNamespace ns) {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            assertThat(client.serviceAccounts().inNamespace(ns.name()).withName("default").get()).isNotNull();
            assertThat(client.configMaps().inNamespace(ns.name()).withName("kube-root-ca.crt").get()).isNotNull();
        });
    }

    @Test
    void kubectlFromTheEnvironmentTalksToTheApiServer(TestEnvironment env) throws Exception {
        Process kubectl = new ProcessBuilder(env.kubectl().toString(), "--kubeconfig", env.kubeconfig().toString(),
                "get", "ns", "default", "-o", "name").redirectErrorStream(true).start();
        String output = new String(kubectl.getInputStream().readAllBytes());

        assertThat(kubectl.waitFor()).as(output).isZero();
        assertThat(output.strip()).isEqualTo("namespace/default");
    }

    @Test
    void secondUpOfTheRunningEnvironmentReturnsAtOnce(TestEnvironment env) {
        long start = System.nanoTime();

        int exitCode = ClusterScript.locate().run(List.of("up"), 1);

        assertThat(exitCode).isZero();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
    }

    private static boolean isEstablished(KubernetesClient client, String crdName) {
        CustomResourceDefinition current = client.apiextensions().v1().customResourceDefinitions().withName(crdName).get();
        return current != null && current.getStatus() != null && current.getStatus().getConditions().stream()
                .anyMatch(c -> "Established".equals(c.getType()) && "True".equals(c.getStatus()));
    }
}
