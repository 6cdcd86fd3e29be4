package io.velerojava.engine.restore.modifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class StrategicMergePatchTest {

    private static final YAMLMapper YAML = new YAMLMapper();
    private static final String POD = """
            metadata:
              name: web
              finalizers: [a]
            spec:
              volumes:
              - {name: data, emptyDir: {}}
              - {name: cache, emptyDir: {}}
              containers:
              - name: web
                image: nginx:1.27
                env: [{name: MODE, value: prod}, {name: LOG, value: info}]
                ports: [{containerPort: 80, protocol: TCP}]
                volumeMounts: [{name: data, mountPath: /data}]
              - name: sidecar
                image: busybox
              tolerations: [{key: a, operator: Exists}]
            """;

    static Stream<Arguments> patches() {
        return Stream.of(
                Arguments.of("containers merge by name", """
                        spec: {containers: [{name: web, image: nginx:1.28}]}""", """
                        spec:
                          containers:
                          - name: web
                            image: nginx:1.28
                            env: [{name: MODE, value: prod}, {name: LOG, value: info}]
                            ports: [{containerPort: 80, protocol: TCP}]
                            volumeMounts: [{name: data, mountPath: /data}]
                          - {name: sidecar, image: busybox}"""),
                Arguments.of("env merges by name inside a container", """
                        spec: {containers: [{name: web, env: [{name: LOG, value: debug}, {name: NEW, value: x}]}]}""",
                        """
                        spec:
                          containers:
                          - name: web
                            env: [{name: MODE, value: prod}, {name: LOG, value: debug}, {name: NEW, value: x}]
                          - {name: sidecar}"""),
                Arguments.of("a new container is appended", """
                        spec: {containers: [{name: logger, image: fluentbit}]}""", """
                        spec:
                          containers:
                          - {name: web}
                          - {name: sidecar}
                          - {name: logger, image: fluentbit}"""),
                Arguments.of("$patch: delete removes a volume", """
                        spec: {volumes: [{name: cache, $patch: delete}]}""", """
                        spec: {volumes: [{name: data, emptyDir: {}}]}"""),
                Arguments.of("container ports merge by containerPort", """
                        spec: {containers: [{name: web, ports: [{containerPort: 443}]}]}""", """
                        spec:
                          containers:
                          - name: web
                            ports: [{containerPort: 80, protocol: TCP}, {containerPort: 443}]
                          - {name: sidecar}"""),
                Arguments.of("lists without a merge key are replaced", """
                        spec: {tolerations: [{key: b, operator: Exists}]}""", """
                        spec: {tolerations: [{key: b, operator: Exists}]}"""),
                Arguments.of("$patch: replace in a list replaces it", """
                        spec: {volumes: [{$patch: replace}, {name: only, emptyDir: {}}]}""", """
                        spec: {volumes: [{name: only, emptyDir: {}}]}"""),
                Arguments.of("finalizers merge as a set", """
                        metadata: {finalizers: [a, b]}""", """
                        metadata: {finalizers: [a, b]}"""),
                Arguments.of("$deleteFromPrimitiveList removes values", """
                        metadata: {$deleteFromPrimitiveList/finalizers: [a]}""", """
                        metadata: {finalizers: []}"""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("patches")
    void mergesAsTheApiServerDoesForTheCommonLists(String name, String patch, String expectedSubset)
            throws Exception {
        ObjectNode patched = new StrategicMergePatch(List.of((ObjectNode) YAML.readTree(patch)))
                .apply((ObjectNode) YAML.readTree(POD)).orElseThrow();

        assertContains(patched, (ObjectNode) YAML.readTree(expectedSubset), "");
    }

    @Test
    void nullDeletesAFieldAndDollarPatchDeleteAnObject() throws Exception {
        ObjectNode patched = new StrategicMergePatch(List.of((ObjectNode) YAML.readTree(
                "spec: {tolerations: null}\nmetadata: {$patch: delete}")))
                .apply((ObjectNode) YAML.readTree(POD)).orElseThrow();

        assertThat(patched.path("spec").has("tolerations")).isFalse();
        assertThat(patched.path("spec").has("containers")).isTrue();
        assertThat(patched.has("metadata")).isFalse();
    }

    @Test
    void aMergedListElementWithoutItsKeyIsAnError() throws Exception {
        StrategicMergePatch patch = new StrategicMergePatch(List.of((ObjectNode) YAML.readTree(
                "spec: {volumes: [{emptyDir: {}}]}")));

        assertThatThrownBy(() -> patch.apply((ObjectNode) YAML.readTree(POD)))
                .hasMessageContaining("an element of volumes has no name");
    }

    /** Every field of {@code expected} is in {@code actual}; lists must match element by element in size too. */
    private static void assertContains(com.fasterxml.jackson.databind.JsonNode actual,
                                       com.fasterxml.jackson.databind.JsonNode expected, String path) {
        if (expected.isObject()) {
            expected.fields().forEachRemaining(field -> assertContains(actual.path(field.getKey()), field.getValue(),
                    path + "/" + field.getKey()));
        } else if (expected.isArray()) {
            assertThat(actual.size()).as(path + " size of " + actual).isEqualTo(expected.size());
            for (int i = 0; i < expected.size(); i++) {
                assertContains(actual.get(i), expected.get(i), path + "/" + i);
            }
        } else {
            assertThat(actual).as(path).isEqualTo(new ObjectMapper().valueToTree(expected));
        }
    }
}
