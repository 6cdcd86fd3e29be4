package io.velerojava.engine.restore.modifier;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.velerojava.archive.GroupResource;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ResourceModifiersTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final GroupResource PVCS = GroupResource.core("persistentvolumeclaims");
    private static final GroupResource DEPLOYMENTS = GroupResource.parse("deployments.apps");
    private static final String PVC = """
            {"apiVersion": "v1", "kind": "PersistentVolumeClaim",
             "metadata": {"name": "mysql-data", "namespace": "shop", "labels": {"app": "mysql", "tier": "db"}},
             "spec": {"storageClassName": "standard", "accessModes": ["ReadWriteOnce"]}}""";

    /** A rule replacing the PVC's storage class when its conditions hold. */
    private static String storageClassRule(String conditions) {
        return """
                version: v1
                resourceModifierRules:
                - conditions:
                %s
                  patches:
                  - operation: replace
                    path: /spec/storageClassName
                    value: premium
                """.formatted(conditions.indent(4).stripTrailing());
    }

    static Stream<Arguments> conditions() {
        return Stream.of(
                Arguments.of("exact group resource", "groupResource: persistentvolumeclaims", true),
                Arguments.of("other group resource", "groupResource: configmaps", false),
                Arguments.of("glob over the resource", "groupResource: persistent*", true),
                Arguments.of("glob does not cross a dot", "groupResource: \"*.apps\"", false),
                Arguments.of("regex found in the name", "groupResource: persistentvolumeclaims\n"
                        + "resourceNameRegex: \"^mysql.*$\"", true),
                Arguments.of("regex is searched, not anchored", "groupResource: persistentvolumeclaims\n"
                        + "resourceNameRegex: data", true),
                Arguments.of("regex missing from the name", "groupResource: persistentvolumeclaims\n"
                        + "resourceNameRegex: \"^postgres\"", false),
                Arguments.of("backed-up namespace listed", "groupResource: persistentvolumeclaims\n"
                        + "namespaces: [bar, shop]", true),
                Arguments.of("namespace glob", "groupResource: persistentvolumeclaims\nnamespaces: [\"sh*\"]", true),
                Arguments.of("target namespace is not the backed-up one", "groupResource: persistentvolumeclaims\n"
                        + "namespaces: [shop-copy]", false),
                Arguments.of("label selector matches", "groupResource: persistentvolumeclaims\n"
                        + "labelSelector: {matchLabels: {app: mysql}}", true),
                Arguments.of("label expression fails", "groupResource: persistentvolumeclaims\n"
                        + "labelSelector: {matchExpressions: [{key: tier, operator: NotIn, values: [db]}]}", false),
                Arguments.of("restore labels are not seen", "groupResource: persistentvolumeclaims\n"
                        + "labelSelector: {matchExpressions: [{key: velero.io/restore-name, operator: DoesNotExist}]}",
                        true),
                Arguments.of("match holds", "groupResource: persistentvolumeclaims\n"
                        + "matches: [{path: /spec/storageClassName, value: standard}]", true),
                Arguments.of("match of a list element", "groupResource: persistentvolumeclaims\n"
                        + "matches: [{path: /spec/accessModes/0, value: ReadWriteOnce}]", true),
                Arguments.of("match differs", "groupResource: persistentvolumeclaims\n"
                        + "matches: [{path: /spec/storageClassName, value: fast}]", false),
                Arguments.of("match of a missing path", "groupResource: persistentvolumeclaims\n"
                        + "matches: [{path: /spec/volumeName, value: pv-1}]", false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("conditions")
    void conditionsSelectTheItemsARuleModifies(String name, String conditions, boolean modified) throws Exception {
        ObjectNode item = restoredInto("shop-copy", PVC);

        List<String> errors = ResourceModifiers.parse(storageClassRule(conditions)).apply(PVCS, item, json(PVC));

        assertThat(errors).isEmpty();
        assertThat(item.at("/spec/storageClassName").asText()).isEqualTo(modified ? "premium" : "standard");
    }

    static Stream<Arguments> patches() {
        return Stream.of(
                Arguments.of("replace with a string", """
                        patches:
                        - {operation: replace, path: /metadata/labels/tier, value: frontend}""",
                        "/metadata/labels/tier", "\"frontend\""),
                Arguments.of("add a number given as a string", """
                        patches:
                        - {operation: add, path: /spec/replicas, value: "3"}""", "/spec/replicas", "3"),
                Arguments.of("a quoted value stays a string", """
                        patches:
                        - {operation: add, path: /metadata/labels/enabled, value: '"true"'}""",
                        "/metadata/labels/enabled", "\"true\""),
                Arguments.of("add an object given as JSON text", """
                        patches:
                        - operation: add
                          path: /spec/template/spec/containers/1
                          value: '{"name": "sidecar", "image": "busybox"}'""",
                        "/spec/template/spec/containers/1/name", "\"sidecar\""),
                Arguments.of("remove a label", """
                        patches:
                        - {operation: remove, path: /metadata/labels/tier}""", "/metadata/labels/tier", null),
                Arguments.of("copy a container", """
                        patches:
                        - {operation: copy, from: /spec/template/spec/containers/0, path: /spec/template/spec/containers/-}""",
                        "/spec/template/spec/containers/1/image", "\"nginx:1.27\""),
                Arguments.of("move a field", """
                        patches:
                        - {operation: move, from: /metadata/labels/tier, path: /metadata/labels/layer}""",
                        "/metadata/labels/layer", "\"web\""),
                Arguments.of("a test that holds lets the rest apply", """
                        patches:
                        - {operation: test, path: /spec/replicas, value: "2"}
                        - {operation: replace, path: /spec/replicas, value: "5"}""", "/spec/replicas", "5"),
                Arguments.of("a test that fails changes nothing", """
                        patches:
                        - {operation: replace, path: /metadata/labels/tier, value: changed}
                        - {operation: test, path: /spec/replicas, value: "7"}
                        - {operation: replace, path: /spec/replicas, value: "5"}""", "/metadata/labels/tier", "\"web\""),
                Arguments.of("merge patch sets and deletes", """
                        mergePatches:
                        - patchData: |
                            {"spec": {"replicas": 4}, "metadata": {"labels": {"tier": null}}}""",
                        "/spec/replicas", "4"),
                Arguments.of("merge patch in YAML replaces lists", """
                        mergePatches:
                        - patchData: |
                            spec:
                              template:
                                spec:
                                  containers:
                                  - name: app
                                    image: nginx:1.28""",
                        "/spec/template/spec/containers/0/image", "\"nginx:1.28\""),
                Arguments.of("strategic patch merges containers by name", """
                        strategicPatches:
                        - patchData: |
                            spec:
                              template:
                                spec:
                                  containers:
                                  - name: web
                                    image: nginx:1.28""",
                        "/spec/template/spec/containers/0/ports/0/containerPort", "80"),
                Arguments.of("patches apply one after the other", """
                        mergePatches:
                        - patchData: '{"spec": {"replicas": 4}}'
                        - patchData: '{"spec": {"replicas": 6}}'""", "/spec/replicas", "6"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("patches")
    void eachKindOfPatchChangesTheDeployment(String name, String patches, String path, String expected)
            throws Exception {
        String deployment = """
                {"apiVersion": "apps/v1", "kind": "Deployment",
                 "metadata": {"name": "web", "namespace": "shop", "labels": {"tier": "web"}},
                 "spec": {"replicas": 2, "template": {"spec": {"containers": [
                   {"name": "web", "image": "nginx:1.27", "ports": [{"containerPort": 80}]}]}}}}""";
        ObjectNode item = restoredInto("shop", deployment);
        String rules = "version: v1\nresourceModifierRules:\n- conditions:\n    groupResource: deployments.apps\n"
                + patches.indent(2);

        List<String> errors = ResourceModifiers.parse(rules).apply(DEPLOYMENTS, item, json(deployment));

        assertThat(errors).isEmpty();
        if (expected == null) {
            assertThat(item.at(path).isMissingNode()).as(path).isTrue();
        } else {
            assertThat(item.at(path)).as(path).isEqualTo(JSON.readTree(expected));
        }
    }

    @Test
    void everyRuleMatchesTheItemAsItWasBeforeTheFirstOneChangedIt() throws Exception {
        String rules = """
                version: v1
                resourceModifierRules:
                - conditions: {groupResource: persistentvolumeclaims}
                  patches: [{operation: replace, path: /spec/storageClassName, value: premium}]
                - conditions:
                    groupResource: persistentvolumeclaims
                    matches: [{path: /spec/storageClassName, value: standard}]
                  patches: [{operation: add, path: /metadata/annotations, value: '{"seen": "standard"}'}]
                """;
        ObjectNode item = restoredInto("shop", PVC);

        assertThat(ResourceModifiers.parse(rules).apply(PVCS, item, json(PVC))).isEmpty();

        assertThat(item.at("/spec/storageClassName").asText()).isEqualTo("premium");
        assertThat(item.at("/metadata/annotations/seen").asText()).isEqualTo("standard");
    }

    @Test
    void theItemKeepsItsTargetNamespaceAndRestoreLabelsWhateverThePatchesDo() throws Exception {
        String rules = """
                version: v1
                resourceModifierRules:
                - conditions: {groupResource: persistentvolumeclaims}
                  mergePatches:
                  - patchData: '{"metadata": {"namespace": "elsewhere", "labels": null}}'
                """;
        ObjectNode item = restoredInto("shop-copy", PVC);

        assertThat(ResourceModifiers.parse(rules).apply(PVCS, item, json(PVC))).isEmpty();

        assertThat(item.at("/metadata/namespace").asText()).isEqualTo("shop-copy");
        assertThat(item.at("/metadata/labels")).isEqualTo(json("{\"velero.io/backup-name\": \"b1\","
                + " \"velero.io/restore-name\": \"r1\"}"));
    }

    @Test
    void aPatchThatCannotApplyIsAnErrorAndLeavesTheItemUnchanged() throws Exception {
        String rules = """
                version: v1
                resourceModifierRules:
                - conditions: {groupResource: persistentvolumeclaims}
                  patches: [{operation: replace, path: /spec/storageClassName, value: premium}]
                - conditions: {groupResource: persistentvolumeclaims}
                  patches: [{operation: remove, path: /spec/volumeName}]
                """;
        ObjectNode item = restoredInto("shop", PVC);
        ObjectNode before = item.deepCopy();

        List<String> errors = ResourceModifiers.parse(rules).apply(PVCS, item, json(PVC));

        assertThat(errors).singleElement().asString()
                .startsWith("resource modifier rule 2 (groupResource persistentvolumeclaims) cannot modify"
                        + " PersistentVolumeClaim shop/mysql-data: JSON Patch failed");
        assertThat(item).isEqualTo(before);
    }

    /** The item as the restore prepares it: in its target namespace, with the restore's labels. */
    private static ObjectNode restoredInto(String namespace, String backedUp) throws JsonProcessingException {
        ObjectNode item = json(backedUp);
        ObjectNode metadata = (ObjectNode) item.get("metadata");
        metadata.put("namespace", namespace);
        metadata.withObjectProperty("labels").put("velero.io/backup-name", "b1").put("velero.io/restore-name", "r1");
        return item;
    }

    private static ObjectNode json(String text) throws JsonProcessingException {
        return (ObjectNode) JSON.readTree(text);
    }
}
