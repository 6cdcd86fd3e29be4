package io.velerojava.engine.restore.hooks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.LabelSelectorBuilder;
import io.velerojava.api.v1.ExecRestoreHook;
import io.velerojava.api.v1.RestoreHooks;
import io.velerojava.api.v1.RestoreResourceHook;
import io.velerojava.api.v1.RestoreResourceHookSpec;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExecHookSelectionTest {

    private static final String POD = """
            {"metadata": {"name": "db-0", "namespace": "shop", "labels": {"app": "db"}, "annotations": {%s}},
             "spec": {"containers": [{"name": "db"}, {"name": "exporter"}]}}""";

    private final ExecHookSelection selection = new ExecHookSelection(RestoreHookEntry.of(hooks(
            entry("analyze", List.of("shop"), List.of(), exec("", "analyze"), exec("exporter", "reload")),
            entry("elsewhere", List.of("other"), List.of(), exec("", "never")),
            entry("not-pods", List.of(), List.of("deployments"), exec("", "never")))));

    @Test
    void specHooksOfSelectingEntriesGroupedByContainerFirstContainerByDefault() throws Exception {
        Map<String, List<PodExecHook>> byContainer = selection.forPod(pod(""), warning -> { });

        assertThat(byContainer).containsOnlyKeys("db", "exporter");
        assertThat(byContainer.get("db")).extracting(PodExecHook::name, PodExecHook::command)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("analyze", List.of("analyze")));
        assertThat(byContainer.get("exporter")).extracting(PodExecHook::command).containsExactly(List.of("reload"));
    }

    @Test
    void anAnnotationHookReplacesTheSpecHooks() throws Exception {
        Map<String, List<PodExecHook>> byContainer = selection.forPod(pod(
                "\"post.hook.restore.velero.io/command\": \"[\\\"vacuum\\\"]\""), warning -> { });

        assertThat(byContainer).containsOnlyKeys("db");
        assertThat(byContainer.get("db")).extracting(PodExecHook::name, PodExecHook::command)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("<from-annotation>", List.of("vacuum")));
    }

    private static ObjectNode pod(String annotations) throws Exception {
        return (ObjectNode) new ObjectMapper().readTree(POD.formatted(annotations));
    }

    private static RestoreHooks hooks(RestoreResourceHookSpec... entries) {
        RestoreHooks hooks = new RestoreHooks();
        hooks.setResources(List.of(entries));
        return hooks;
    }

    private static RestoreResourceHookSpec entry(String name, List<String> namespaces, List<String> resources,
                                                 ExecRestoreHook... execs) {
        RestoreResourceHookSpec spec = new RestoreResourceHookSpec();
        spec.setName(name);
        spec.setIncludedNamespaces(namespaces);
        spec.setIncludedResources(resources);
        spec.setLabelSelector(new LabelSelectorBuilder().addToMatchLabels("app", "db").build());
        spec.setPostHooks(java.util.Arrays.stream(execs).map(exec -> {
            RestoreResourceHook hook = new RestoreResourceHook();
            hook.setExec(exec);
            return hook;
        }).toList());
        return spec;
    }

    private static ExecRestoreHook exec(String container, String command) {
        ExecRestoreHook exec = new ExecRestoreHook();
        exec.setContainer(container);
        exec.setCommand(List.of(command));
        return exec;
    }
}
