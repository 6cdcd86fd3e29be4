package io.velerojava.engine.restore.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.velerojava.api.v1.RestoreSpec;
import io.velerojava.api.v1.RestoreStatusSpec;
import io.velerojava.archive.GroupResource;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ItemPreparationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void stripsServerSetMetadataMovesNamespaceAndLabelsWithBackupAndRestore() {
        ObjectNode prepared = ready(preparation(new RestoreSpec(), false), "configmaps", """
                {"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"c","namespace":"a","uid":"u",
                 "resourceVersion":"1","creationTimestamp":"2026-01-01T00:00:00Z","generation":2,
                 "ownerReferences":[{"name":"o"}],"labels":{"app":"x"},"finalizers":["f"]},"data":{"k":"v"}}""",
                "b").desired();

        assertThat(prepared).isEqualTo(json("""
                {"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"c","namespace":"b",
                 "labels":{"app":"x","velero.io/backup-name":"nightly","velero.io/restore-name":"r1"},
                 "finalizers":["f"]},"data":{"k":"v"}}"""));
    }

    @Test
    void servicesLoseClusterIpsAndAssignedNodePortsButKeepExplicitOnes() {
        ObjectNode service = ready(preparation(new RestoreSpec(), false), "services", """
                {"kind":"Service","metadata":{"name":"s","namespace":"a","annotations":{
                 "kubectl.kubernetes.io/last-applied-configuration":"{\\"spec\\":{\\"ports\\":[{\\"nodePort\\":30080}]}}"}},
                 "spec":{"type":"NodePort","clusterIP":"10.0.0.1","clusterIPs":["10.0.0.1"],
                 "ports":[{"port":80,"nodePort":30080},{"port":81,"nodePort":31234}]}}""", "a").desired();

        assertThat(service.path("spec").has("clusterIP")).isFalse();
        assertThat(service.path("spec").has("clusterIPs")).isFalse();
        assertThat(service.path("spec").path("ports")).isEqualTo(json("""
                {"p":[{"port":80,"nodePort":30080},{"port":81}]}""").get("p"));
    }

    @Test
    void preserveNodePortsKeepsThemAll() {
        ObjectNode service = ready(preparation(new RestoreSpec(), true), "services", """
                {"kind":"Service","metadata":{"name":"s","namespace":"a"},
                 "spec":{"type":"NodePort","clusterIP":"None","ports":[{"port":81,"nodePort":31234}]}}""", "a")
                .desired();

        assertThat(service.path("spec").path("clusterIP").asText()).isEqualTo("None");
        assertThat(service.path("spec").path("ports").get(0).path("nodePort").asInt()).isEqualTo(31234);
    }

    @Test
    void completedPodsAndJobsAreSkipped() {
        ItemPreparation preparation = preparation(new RestoreSpec(), false);

        assertThat(preparation.skipReason(GroupResource.core("pods"), json("""
                {"kind":"Pod","metadata":{"name":"p"},"status":{"phase":"Succeeded"}}""")))
                .contains("the pod has completed (phase Succeeded)");
        assertThat(preparation.skipReason(GroupResource.parse("jobs.batch"), json("""
                {"kind":"Job","metadata":{"name":"j"},"status":{"completionTime":"2026-01-01T00:00:00Z"}}""")))
                .contains("the job has completed");
        assertThat(preparation.skipReason(GroupResource.core("pods"), json("""
                {"kind":"Pod","metadata":{"name":"p"},"status":{"phase":"Running"}}"""))).isEmpty();
    }

    @Test
    void claimOfAVolumeSkippedForItsDeleteReclaimPolicyAsksForANewVolume() {
        ItemPreparation preparation = preparation(new RestoreSpec(), false);
        String claim = """
                {"kind":"PersistentVolumeClaim","metadata":{"name":"data","namespace":"a"},
                 "spec":{"volumeName":"pv-1"}}""";

        assertThat(ready(preparation, "persistentvolumeclaims", claim, "a").desired().path("spec").path("volumeName")
                .asText()).isEqualTo("pv-1");
        assertThat(preparation.skipReason(GroupResource.core("persistentvolumes"), json("""
                {"kind":"PersistentVolume","metadata":{"name":"pv-1"},
                 "spec":{"persistentVolumeReclaimPolicy":"Delete"}}"""))).isPresent();
        assertThat(ready(preparation, "persistentvolumeclaims", claim, "a").desired().path("spec").has("volumeName"))
                .isFalse();
    }

    @Test
    void statusIsKeptOnlyForTypesTheRestoreIncludesOrTheItemAsksFor() {
        RestoreSpec spec = new RestoreSpec();
        RestoreStatusSpec status = new RestoreStatusSpec();
        status.setIncludedResources(List.of("widgets.example.io"));
        spec.setRestoreStatus(status);
        ItemPreparation preparation = preparation(spec, false);

        assertThat(ready(preparation, "widgets.example.io", """
                {"kind":"Widget","metadata":{"name":"w"},"status":{"ready":true}}""", "a").status())
                .contains(json("{\"ready\":true}"));
        assertThat(ready(preparation, "configmaps", """
                {"kind":"ConfigMap","metadata":{"name":"c"},"status":{"x":1}}""", "a").status()).isEmpty();
        assertThat(ready(preparation, "configmaps", """
                {"kind":"ConfigMap","metadata":{"name":"c","annotations":{"velero.io/restore-status":"true"}},
                 "status":{"x":1}}""", "a").status()).isPresent();
    }

    @Test
    void roleBindingSubjectsFollowTheNamespaceMapping() {
        RestoreSpec spec = new RestoreSpec();
        spec.setNamespaceMapping(Map.of("a", "b"));
        ObjectNode binding = ready(preparation(spec, false), "rolebindings.rbac.authorization.k8s.io", """
                {"kind":"RoleBinding","metadata":{"name":"rb","namespace":"a"},
                 "subjects":[{"kind":"ServiceAccount","name":"sa","namespace":"a"},
                 {"kind":"ServiceAccount","name":"o","namespace":"other"}]}""", "b").desired();

        assertThat(binding.path("subjects").findValuesAsText("namespace")).containsExactly("b", "other");
    }

    private static ItemPreparation preparation(RestoreSpec spec, boolean preserveNodePorts) {
        return new ItemPreparation(RestoreSelectionTest.selection(spec), "nightly", "r1", preserveNodePorts);
    }

    private static ItemPreparation.Ready ready(ItemPreparation preparation, String type, String item,
                                               String targetNamespace) {
        return preparation.prepare(resource(type), json(item), Optional.of(targetNamespace));
    }

    private static ServedResource resource(String type) {
        return new ServedResource(GroupResource.parse(type), List.of("v1"), "Kind", true);
    }

    private static ObjectNode json(String text) {
        try {
            return (ObjectNode) JSON.readTree(text);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }
}
