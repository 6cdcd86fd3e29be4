package io.velerojava.engine.restore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceBuilder;
import io.fabric8.kubernetes.api.model.LabelSelectorBuilder;
import io.fabric8.kubernetes.api.model.ManagedFieldsEntry;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.PersistentVolumeBuilder;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaimBuilder;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.scheduling.v1.PriorityClassBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.kubernetes.api.model.ServiceAccountBuilder;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinitionBuilder;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import io.velerojava.api.v1.ExistingResourcePolicy;
import io.velerojava.api.v1.Restore;
import io.velerojava.api.v1.RestoreSpec;
import io.velerojava.engine.discovery.ResourceDiscovery;
import io.velerojava.engine.restore.LiveBackupWriter.ClusterObject;
import io.velerojava.engine.restore.LiveBackupWriter.Type;
import io.velerojava.engine.restore.pipeline.ExistingObjectDiff;
import io.velerojava.engine.restore.pipeline.ExistingObjectDiff.AddedFields;
import io.velerojava.engine.restore.pipeline.ItemPreparation;
import io.velerojava.engine.restore.pipeline.RestoreSelection;
import io.velerojava.engine.restore.pipeline.ServedResource;
import io.velerojava.storage.backup.BackupStore;
import io.velerojava.storage.filesystem.FilesystemObjectStore;
import io.velerojava.testenv.LocalClusterExtension;
import io.velerojava.testenv.TestNamespace;
import io.velerojava.storage.backup.BackupFile;
import io.velerojava.storage.backup.Payload;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(LocalClusterExtension.class)
class RestoreEngineIT {

    private static final List<Type> APP_TYPES = List.of(LiveBackupWriter.CONFIG_MAPS, LiveBackupWriter.SECRETS,
            LiveBackupWriter.SERVICE_ACCOUNTS, LiveBackupWriter.SERVICES, LiveBackupWriter.PVCS,
            LiveBackupWriter.DEPLOYMENTS);

    private final KubernetesClient client;
    private String namespace;
    private final String group = "w" + UUID.randomUUID().toString().substring(0, 8) + ".restore.velerojava.io";
    private final List<String> extraNamespaces = new CopyOnWriteArrayList<>();
    private final List<Runnable> extraClusterObjects = new CopyOnWriteArrayList<>();
    private BackupStore store;
    private Type widgets;

    RestoreEngineIT(KubernetesClient client) {
        this.client = client;
    }

    @BeforeEach
    void createApplication(TestNamespace testNamespace, @TempDir Path bucket) {
        namespace = testNamespace.name();
        store = new BackupStore(new FilesystemObjectStore(bucket, Optional.empty()), "");
        client.configMaps().inNamespace(namespace).resource(new ConfigMapBuilder().withNewMetadata()
                .withName("settings").addToLabels("app", "web").endMetadata()
                .addToData("mode", "production").build()).create();
        client.configMaps().inNamespace(namespace).resource(new ConfigMapBuilder().withNewMetadata()
                .withName("other").addToLabels("app", "batch").endMetadata()
                .addToData("k", "v").build()).create();
        client.secrets().inNamespace(namespace).resource(new SecretBuilder().withNewMetadata()
                .withName("credentials").addToLabels("app", "web").endMetadata()
                .addToStringData("password", "s3cret").build()).create();
        client.serviceAccounts().inNamespace(namespace).resource(new ServiceAccountBuilder().withNewMetadata()
                .withName("web").addToLabels("app", "web").endMetadata().build()).create();
        client.services().inNamespace(namespace).resource(new ServiceBuilder().withNewMetadata()
                .withName("web").addToLabels("app", "web").endMetadata().withNewSpec()
                .addToSelector("app", "web").addNewPort().withPort(80).endPort().endSpec().build()).create();
        client.persistentVolumeClaims().inNamespace(namespace).resource(new PersistentVolumeClaimBuilder()
                .withNewMetadata().withName("data").addToLabels("app", "web").endMetadata().withNewSpec()
                .withAccessModes("ReadWriteOnce").withNewResources()
                .addToRequests("storage", new Quantity("1Gi")).endResources().endSpec().build()).create();
        client.apps().deployments().inNamespace(namespace).resource(new DeploymentBuilder().withNewMetadata()
                .withName("web").addToLabels("app", "web").endMetadata().withNewSpec().withReplicas(1)
                .withNewSelector().addToMatchLabels("app", "web").endSelector()
                .withNewTemplate().withNewMetadata().addToLabels("app", "web").endMetadata().withNewSpec()
                .addNewContainer().withName("nginx").withImage("nginx:1.27").endContainer().endSpec().endTemplate()
                .endSpec().build()).create();
        createWidgetCrd();
        client.genericKubernetesResources(widgets.context()).inNamespace(namespace).resource(
                new GenericKubernetesResourceBuilder().withApiVersion(group + "/v1").withKind("Widget")
                        .withNewMetadata().withName("gear").addToLabels("app", "web").endMetadata()
                        .addToAdditionalProperties("spec", Map.of("size", 3)).build()).create();
    }

    @AfterEach
    void cleanUp() {
        extraNamespaces.forEach(ns -> client.namespaces().withName(ns).delete());
        extraClusterObjects.forEach(Runnable::run);
        client.apiextensions().v1().customResourceDefinitions().withName("widgets." + group).delete();
    }

    @Test
    void restoresADeletedNamespaceAsItWasCrdBeforeItsCustomResources() throws Exception {
        backUp("full");
        Map<String, ObjectNode> before = snapshot(namespace);
        client.apiextensions().v1().customResourceDefinitions().withName("widgets." + group).delete();
        deleteNamespaceAndWait(namespace);
        await().atMost(Duration.ofSeconds(30)).until(() -> client.apiextensions().v1().customResourceDefinitions()
                .withName("widgets." + group).get() == null);

        RestoreOutcome outcome = restore("full-restore", spec("full"));

        assertThat(outcome.failureReason()).isEmpty();
        assertThat(outcome.results().errors().isEmpty()).as("errors %s", outcome.results().errors()).isTrue();
        assertThat(outcome.itemsRestored()).isEqualTo(outcome.totalItems());
        Map<String, ObjectNode> after = snapshot(namespace);
        assertThat(after.keySet()).containsAll(before.keySet());
        before.forEach((key, original) -> assertThat(differenceFromBackup(key, after.get(key), original))
                .as("restored %s differs from its backup", key).isEmpty());
        assertThat(outcome.resourceList().entries()).containsEntry(group + "/v1/Widget",
                List.of(namespace + "/gear(created)"));
        assertThat(after.get("v1/Service/web").path("spec").path("clusterIP").asText()).isNotEmpty();
        assertThat(after.get("v1/ConfigMap/settings").path("metadata").path("labels")
                .path("velero.io/restore-name").asText()).isEqualTo("full-restore");
    }

    @Test
    void restoresIntoAMappedNamespace() throws Exception {
        backUp("mapped");
        String target = namespace + "-copy";
        extraNamespaces.add(target);
        RestoreSpec spec = spec("mapped");
        spec.setNamespaceMapping(Map.of(namespace, target));

        RestoreOutcome outcome = restore("mapped-restore", spec);

        assertThat(outcome.results().errors().isEmpty()).as("errors %s", outcome.results().errors()).isTrue();
        assertThat(client.configMaps().inNamespace(target).withName("settings").get().getData())
                .containsEntry("mode", "production");
        assertThat(client.apps().deployments().inNamespace(target).withName("web").get()).isNotNull();
        assertThat(client.genericKubernetesResources(widgets.context()).inNamespace(target).withName("gear").get())
                .isNotNull();
        assertThat(outcome.resourceList().entries().get("v1/Namespace")).containsExactly(target + "(created)");
    }

    @Test
    void existingObjectsAreLeftWithAWarningUnderNoneAndPutBackUnderUpdate() throws Exception {
        backUp("existing");
        client.configMaps().inNamespace(namespace).withName("settings")
                .edit(cm -> new ConfigMapBuilder(cm).addToData("mode", "debug").addToData("added", "x").build());

        RestoreSpec none = spec("existing");
        none.setExistingResourcePolicy(ExistingResourcePolicy.NONE);
        RestoreOutcome left = restore("existing-none", none);

        assertThat(left.results().warnings().namespaces().get(namespace)).containsExactly("could not restore, ConfigMap"
                + " \"settings\" already exists. Warning: the in-cluster version is different than the backed-up"
                + " version");
        assertThat(client.configMaps().inNamespace(namespace).withName("settings").get().getData())
                .containsEntry("mode", "debug");
        assertThat(left.resourceList().entries().get("v1/ConfigMap")).contains(namespace + "/settings(skipped)");

        RestoreSpec update = spec("existing");
        update.setExistingResourcePolicy(ExistingResourcePolicy.UPDATE);
        RestoreOutcome updated = restore("existing-update", update);

        assertThat(updated.results().errors().isEmpty()).as("errors %s", updated.results().errors()).isTrue();
        assertThat(client.configMaps().inNamespace(namespace).withName("settings").get().getData())
                .isEqualTo(Map.of("mode", "production"));
        assertThat(updated.resourceList().entries().get("v1/ConfigMap")).contains(namespace + "/settings(updated)");
        assertThat(updated.resourceList().entries().get("apps/v1/Deployment"))
                .as("unchanged objects are skipped quietly").containsExactly(namespace + "/web(skipped)");
    }

    @Test
    void labelSelectorRestoresOnlyMatchingItems() throws Exception {
        backUp("selected");
        deleteNamespaceAndWait(namespace);
        RestoreSpec spec = spec("selected");
        spec.setLabelSelector(new LabelSelectorBuilder().addToMatchLabels("app", "batch").build());

        RestoreOutcome outcome = restore("selected-restore", spec);

        assertThat(outcome.results().errors().isEmpty()).as("errors %s", outcome.results().errors()).isTrue();
        assertThat(client.configMaps().inNamespace(namespace).withName("other").get()).isNotNull();
        assertThat(client.configMaps().inNamespace(namespace).withName("settings").get()).isNull();
        assertThat(client.apps().deployments().inNamespace(namespace).withName("web").get()).isNull();
    }

    @Test
    void resourceFiltersTakeShortNamesAndKindsOfTheTargetCluster() throws Exception {
        backUp("by-name");
        deleteNamespaceAndWait(namespace);
        RestoreSpec spec = spec("by-name");
        spec.setIncludedResources(List.of("cm", "Deployment", "Widget"));
        spec.setExcludedResources(List.of("widget"));

        RestoreOutcome outcome = restore("by-name-restore", spec);

        assertThat(outcome.results().errors().isEmpty()).as("errors %s", outcome.results().errors()).isTrue();
        assertThat(outcome.resourceList().entries().keySet())
                .containsExactlyInAnyOrder("v1/ConfigMap", "apps/v1/Deployment", "v1/Namespace");
        assertThat(client.configMaps().inNamespace(namespace).withName("settings").get()).isNotNull();
        assertThat(client.apps().deployments().inNamespace(namespace).withName("web").get()).isNotNull();
        assertThat(client.secrets().inNamespace(namespace).withName("credentials").get()).isNull();
    }

    @Test
    void createdObjectsGetTheirBackedUpFieldManagersBack() throws Exception {
        client.configMaps().inNamespace(namespace).withName("settings").patch(new PatchContext.Builder()
                .withPatchType(PatchType.JSON_MERGE).withFieldManager("editor").build(), "{\"data\":{\"edited\":\"yes\"}}");
        backUp("managers");
        List<ManagedFieldsEntry> backedUp = client.configMaps().inNamespace(namespace).withName("settings").get()
                .getMetadata().getManagedFields();
        assertThat(backedUp).extracting(ManagedFieldsEntry::getManager).contains("editor").hasSizeGreaterThan(1);
        deleteNamespaceAndWait(namespace);
        RestoreSpec spec = spec("managers");
        spec.setIncludedResources(List.of("configmaps"));

        RestoreOutcome outcome = restore("managers-restore", spec);

        assertThat(outcome.results().errors().isEmpty()).as("errors %s", outcome.results().errors()).isTrue();
        assertThat(client.configMaps().inNamespace(namespace).withName("settings").get().getMetadata()
                .getManagedFields()).isEqualTo(backedUp);
    }

    @Test
    void podBringsItsClaimWhichBringsItsVolumeWhenTheFiltersLeaveThemOut() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String pvName = "pv-" + suffix;
        String priorityClass = "pc-" + suffix;
        String storageClass = "manual-" + suffix;
        client.persistentVolumes().resource(new PersistentVolumeBuilder().withNewMetadata().withName(pvName)
                .endMetadata().withNewSpec().withStorageClassName(storageClass).withAccessModes("ReadWriteOnce")
                .addToCapacity("storage", new Quantity("1Gi")).withPersistentVolumeReclaimPolicy("Retain")
                .withNewHostPath().withPath("/tmp/" + pvName).endHostPath().endSpec().build()).create();
        client.persistentVolumeClaims().inNamespace(namespace).resource(new PersistentVolumeClaimBuilder()
                .withNewMetadata().withName("bound").endMetadata().withNewSpec().withStorageClassName(storageClass)
                .withVolumeName(pvName).withAccessModes("ReadWriteOnce").withNewResources()
                .addToRequests("storage", new Quantity("1Gi")).endResources().endSpec().build()).create();
        await().atMost(Duration.ofSeconds(60)).until(() -> "Bound".equals(client.persistentVolumeClaims()
                .inNamespace(namespace).withName("bound").get().getStatus().getPhase()));
        client.scheduling().v1().priorityClasses().resource(new PriorityClassBuilder().withNewMetadata()
                .withName(priorityClass).endMetadata().withValue(1000).build()).create();
        client.pods().inNamespace(namespace).resource(new PodBuilder().withNewMetadata().withName("app")
                .addToLabels("tier", "picked").endMetadata().withNewSpec().withPriorityClassName(priorityClass)
                .addNewContainer().withName("app").withImage("nginx:1.27").endContainer()
                .addNewVolume().withName("data").withNewPersistentVolumeClaim().withClaimName("bound")
                .endPersistentVolumeClaim().endVolume().endSpec().build()).create();
        new LiveBackupWriter(client).backUp(store, "related", namespace,
                List.of(LiveBackupWriter.PODS, LiveBackupWriter.PVCS),
                List.of(new ClusterObject(LiveBackupWriter.PVS, pvName),
                        new ClusterObject(LiveBackupWriter.PRIORITY_CLASSES, priorityClass)));
        deleteNamespaceAndWait(namespace);
        client.persistentVolumes().withName(pvName).delete();
        client.scheduling().v1().priorityClasses().withName(priorityClass).delete();
        await().atMost(Duration.ofSeconds(60)).until(() -> client.persistentVolumes().withName(pvName).get() == null);
        String target = createReadyNamespace(namespace + "-related");
        // Only the pod passes the filters: the claim lacks its label, the volume and class are cluster-scoped.
        RestoreSpec spec = spec("related");
        spec.setIncludedNamespaces(List.of(namespace));
        spec.setNamespaceMapping(Map.of(namespace, target));
        spec.setLabelSelector(new LabelSelectorBuilder().addToMatchLabels("tier", "picked").build());

        RestoreOutcome outcome;
        try {
            outcome = restore("related-restore", spec);
        } finally {
            extraClusterObjects.add(() -> client.persistentVolumes().withName(pvName).delete());
            extraClusterObjects.add(() -> client.scheduling().v1().priorityClasses().withName(priorityClass).delete());
        }

        assertThat(outcome.results().errors().isEmpty()).as("errors %s", outcome.results().errors()).isTrue();
        assertThat(outcome.resourceList().entries()).containsEntry("v1/Pod", List.of(target + "/app(created)"))
                .containsEntry("v1/PersistentVolumeClaim", List.of(target + "/bound(created)"))
                .containsEntry("v1/PersistentVolume", List.of(pvName + "(created)"))
                .containsEntry("scheduling.k8s.io/v1/PriorityClass", List.of(priorityClass + "(created)"));
        assertThat(outcome.itemsRestored()).as("additional items count towards the total")
                .isEqualTo(outcome.totalItems()).isGreaterThanOrEqualTo(4);
        assertThat(client.persistentVolumes().withName(pvName).get().getSpec().getClaimRef().getNamespace())
                .isEqualTo(target);
        await().atMost(Duration.ofSeconds(60)).until(() -> "Bound".equals(client.persistentVolumeClaims()
                .inNamespace(target).withName("bound").get().getStatus().getPhase()));
    }

    @Test
    void hostileTarballsFailTheRestoreAndWriteNothingOutsideTheirDirectory(@TempDir Path scratch) throws Exception {
        Path escape = scratch.resolve("escaped.json");
        Map<String, TarArchiveEntry> hostile = Map.of(
                "dot-dot", file("resources/configmaps/namespaces/../../../../" + scratch + "/escaped.json"),
                "absolute", file(escape.toString()),
                "symlink", link("resources/configmaps/namespaces/app/link.json", escape.toString()));
        for (Map.Entry<String, TarArchiveEntry> entry : hostile.entrySet()) {
            store.putBackupFile(entry.getKey(), BackupFile.CONTENTS, Payload.of(tarball(entry.getValue())));

            RestoreOutcome outcome = restore(entry.getKey() + "-restore", spec(entry.getKey()));

            assertThat(outcome.failureReason()).as(entry.getKey()).get().asString()
                    .startsWith("cannot read the tarball of backup " + entry.getKey())
                    .containsAnyOf("'..' path segments are not allowed", "absolute paths are not allowed",
                            "links are not allowed");
            assertThat(outcome.results().errors().velero()).hasSize(1);
            assertThat(outcome.itemsRestored()).isZero();
            assertThat(escape).doesNotExist();
        }
    }

    private static TarArchiveEntry file(String name) {
        TarArchiveEntry entry = new TarArchiveEntry(name, true);
        entry.setSize(2);
        return entry;
    }

    private static TarArchiveEntry link(String name, String target) {
        TarArchiveEntry entry = new TarArchiveEntry(name, TarArchiveEntry.LF_SYMLINK, true);
        entry.setLinkName(target);
        return entry;
    }

    /** A gzip tarball with a valid version entry followed by {@code hostile}. */
    private static byte[] tarball(TarArchiveEntry hostile) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(new GZIPOutputStream(bytes))) {
            byte[] version = "1.1.0\n".getBytes(StandardCharsets.UTF_8);
            TarArchiveEntry versionEntry = new TarArchiveEntry("metadata/version");
            versionEntry.setSize(version.length);
            tar.putArchiveEntry(versionEntry);
            tar.write(version);
            tar.closeArchiveEntry();
            tar.putArchiveEntry(hostile);
            if (!hostile.isSymbolicLink()) {
                tar.write("{}".getBytes(StandardCharsets.UTF_8));
            }
            tar.closeArchiveEntry();
        }
        return bytes.toByteArray();
    }

    private void backUp(String backupName) throws IOException {
        List<Type> types = new java.util.ArrayList<>(APP_TYPES);
        types.add(widgets);
        new LiveBackupWriter(client).backUp(store, backupName, namespace, types,
                List.of(new ClusterObject(LiveBackupWriter.CRDS, "widgets." + group)));
    }

    private RestoreOutcome restore(String name, RestoreSpec spec) {
        Restore restore = new Restore();
        restore.getMetadata().setName(name);
        restore.getMetadata().setNamespace("velero");
        restore.setSpec(spec);
        try (RestoreLog log = new RestoreLog("velero/" + name, Clock.systemUTC())) {
            return new RestoreEngine(client, RestoreSettings.defaults(), Clock.systemUTC())
                    .restore(restore, store, log, (total, restored) -> { });
        }
    }

    private static RestoreSpec spec(String backupName) {
        RestoreSpec spec = new RestoreSpec();
        spec.setBackupName(backupName);
        spec.setIncludedNamespaces(List.of("*"));
        return spec;
    }

    /**
     * The app's objects (labelled {@code app}, unlike those the cluster makes in every namespace) by
     * {@code apiVersion/Kind/name}, as the cluster returns them.
     */
    private Map<String, ObjectNode> snapshot(String ns) {
        Map<String, ObjectNode> objects = new java.util.TreeMap<>();
        List<Type> types = new java.util.ArrayList<>(APP_TYPES);
        types.add(widgets);
        for (Type type : types) {
            for (GenericKubernetesResource item : client.genericKubernetesResources(type.context()).inNamespace(ns)
                    .withLabel("app").list().getItems()) {
                objects.put(item.getApiVersion() + "/" + item.getKind() + "/" + item.getMetadata().getName(),
                        client.getKubernetesSerialization().convertValue(item, ObjectNode.class));
            }
        }
        return objects;
    }

    /** How the restored object differs from the backed-up one, after the restore's intended changes. */
    private ObjectNode differenceFromBackup(String key, ObjectNode restored, ObjectNode original) {
        String[] parts = key.split("/");
        Type type = List.of(LiveBackupWriter.CONFIG_MAPS, LiveBackupWriter.SECRETS, LiveBackupWriter.SERVICE_ACCOUNTS,
                LiveBackupWriter.SERVICES, LiveBackupWriter.PVCS, LiveBackupWriter.DEPLOYMENTS, widgets).stream()
                .filter(t -> t.kind().equals(parts[parts.length - 2])).findFirst().orElseThrow();
        ServedResource resource = new ServedResource(type.groupResource(), List.of(type.version()), type.kind(), true);
        ObjectNode desired = new ItemPreparation(RestoreSelection.of(spec("full"),
                new ResourceDiscovery(client).discover()), "full",
                "full-restore", false).prepare(resource, original, Optional.of(namespace)).desired();
        return ExistingObjectDiff.between(restored, desired, original, AddedFields.REMOVE).mergePatch();
    }

    /** Creates a namespace and waits for its default service account, which pods need to be admitted. */
    private String createReadyNamespace(String name) {
        extraNamespaces.add(name);
        client.namespaces().resource(new NamespaceBuilder().withNewMetadata().withName(name).endMetadata().build())
                .create();
        await().atMost(Duration.ofSeconds(30))
                .until(() -> client.serviceAccounts().inNamespace(name).withName("default").get() != null);
        return name;
    }

    private void deleteNamespaceAndWait(String ns) {
        client.namespaces().withName(ns).delete();
        await().atMost(Duration.ofSeconds(60)).until(() -> client.namespaces().withName(ns).get() == null);
    }

    private void createWidgetCrd() {
        CustomResourceDefinition crd = new CustomResourceDefinitionBuilder().withNewMetadata()
                .withName("widgets." + group).endMetadata().withNewSpec().withGroup(group).withScope("Namespaced")
                .withNewNames().withPlural("widgets").withSingular("widget").withKind("Widget").endNames()
                .addNewVersion().withName("v1").withServed(true).withStorage(true).withNewSchema()
                .withNewOpenAPIV3Schema().withType("object").withXKubernetesPreserveUnknownFields(true)
                .endOpenAPIV3Schema().endSchema().endVersion().endSpec().build();
        client.apiextensions().v1().customResourceDefinitions().resource(crd).create();
        client.apiextensions().v1().customResourceDefinitions().withName("widgets." + group)
                .waitUntilCondition(c -> c != null && c.getStatus() != null && c.getStatus().getConditions() != null
                        && c.getStatus().getConditions().stream().anyMatch(cond -> cond.getType().equals("Established")
                        && cond.getStatus().equals("True")), 30, java.util.concurrent.TimeUnit.SECONDS);
        widgets = new Type(new io.velerojava.archive.GroupResource(group, "widgets"), "v1", "Widget", true);
    }
}
