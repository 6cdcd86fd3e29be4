package io.velerojava.engine.restore.hooks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.LabelSelectorBuilder;
import io.velerojava.api.v1.InitRestoreHook;
import io.velerojava.api.v1.RestoreHooks;
import io.velerojava.api.v1.RestoreResourceHook;
import io.velerojava.api.v1.RestoreResourceHookSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class InitContainerHooksTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String POD = """
            {"metadata": {"name": "db-0", "namespace": "shop", "labels": {"app": "db"}},
             "spec": {"initContainers": [%s], "containers": [{"name": "db", "image": "postgres"}]}}""";

    static Stream<Arguments> orders() {
        return Stream.of(
                Arguments.of("before the pod's own init containers", "{\"name\": \"migrate\"}", "shop",
                        List.of("seed", "warm", "migrate")),
                Arguments.of("after the file-system restore's restore-wait",
                        "{\"name\": \"restore-wait\"}, {\"name\": \"migrate\"}", "shop",
                        List.of("restore-wait", "seed", "warm", "migrate")),
                Arguments.of("selected on the target namespace", "", "shop-copy", List.of()),
                Arguments.of("left out when the pod already has one of that name",
                        "{\"name\": \"seed\", \"image\": \"old\"}", "shop", List.of("warm", "seed")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("orders")
    void specHookContainersGoWhereVeleroPutsThem(String name, String existing, String target, List<String> expected)
            throws Exception {
        ObjectNode pod = json(POD.formatted(existing));
        List<RestoreHookEntry> entries = RestoreHookEntry.of(hooks(spec("seed-data", List.of("shop"), "app", "db",
                "{\"name\": \"seed\", \"image\": \"busybox\", \"command\": [\"seed\"]}",
                "{\"name\": \"warm\", \"image\": \"busybox\", \"command\": [\"warm\"]}")));

        new InitContainerHooks(entries, () -> "x").addTo(pod, pod.deepCopy(), target);

        assertThat(names(pod.path("spec").path("initContainers"))).isEqualTo(expected);
    }

    @Test
    void annotationsWinOverTheSpecAndLabelSelectorsApply() throws Exception {
        ObjectNode annotated = json(POD.formatted(""));
        ((ObjectNode) annotated.get("metadata")).putObject("annotations")
                .put("init.hook.restore.velero.io/container-image", "alpine")
                .put("init.hook.restore.velero.io/container-name", "prepare")
                .put("init.hook.restore.velero.io/command", "[\"sh\", \"-c\", \"true\"]");
        InitContainerHooks hooks = new InitContainerHooks(RestoreHookEntry.of(hooks(spec("seed-data", List.of(),
                "app", "db", "{\"name\": \"seed\", \"image\": \"busybox\", \"command\": [\"seed\"]}"))), () -> "x");

        hooks.addTo(annotated, annotated.deepCopy(), "shop");
        ObjectNode otherApp = json(POD.formatted("").replace("\"app\": \"db\"", "\"app\": \"web\""));
        hooks.addTo(otherApp, otherApp.deepCopy(), "shop");

        assertThat(annotated.path("spec").path("initContainers")).isEqualTo(JSON.readTree(
                "[{\"name\": \"prepare\", \"image\": \"alpine\", \"command\": [\"sh\", \"-c\", \"true\"]}]"));
        assertThat(otherApp.path("spec").path("initContainers")).isEmpty();
    }

    static RestoreHooks hooks(RestoreResourceHookSpec... specs) {
        RestoreHooks hooks = new RestoreHooks();
        hooks.setResources(List.of(specs));
        return hooks;
    }

    static RestoreResourceHookSpec spec(String name, List<String> namespaces, String label, String value,
                                        String... initContainers) throws JsonProcessingException {
        List<JsonNode> containers = new ArrayList<>();
        for (String container : initContainers) {
            containers.add(JSON.readTree(container));
        }
        InitRestoreHook init = new InitRestoreHook();
        init.setInitContainers(containers);
        RestoreResourceHook hook = new RestoreResourceHook();
        hook.setInit(init);
        RestoreResourceHookSpec spec = new RestoreResourceHookSpec();
        spec.setName(name);
        spec.setIncludedNamespaces(namespaces);
        spec.setLabelSelector(new LabelSelectorBuilder().addToMatchLabels(label, value).build());
        spec.setPostHooks(List.of(hook));
        return spec;
    }

    private static List<String> names(JsonNode containers) {
        List<String> names = new ArrayList<>();
        containers.forEach(container -> names.add(container.path("name").asText()));
        return names;
    }

    private static ObjectNode json(String text) throws JsonProcessingException {
        return (ObjectNode) JSON.readTree(text);
    }
}
