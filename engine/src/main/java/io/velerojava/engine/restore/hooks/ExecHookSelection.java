package io.velerojava.engine.restore.hooks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.velerojava.api.GoDuration;
import io.velerojava.api.v1.ExecRestoreHook;
import io.velerojava.api.v1.HookErrorMode;
import io.velerojava.engine.restore.hooks.PodExecHook.HookSource;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The exec hooks of a restored pod, by container, in the order they run: the hook of the pod's annotations, or
 * else those of every Restore spec entry that selects the pod (on its namespace and labels as created).
 */
final class ExecHookSelection {

    private final List<RestoreHookEntry> entries;

    ExecHookSelection(List<RestoreHookEntry> entries) {
        this.entries = entries;
    }

    Map<String, List<PodExecHook>> forPod(ObjectNode pod, Consumer<String> warnings) {
        Map<String, List<PodExecHook>> byContainer = new LinkedHashMap<>();
        JsonNode containers = pod.path("spec").path("containers");
        if (containers.isEmpty()) {
            return byContainer;
        }
        String firstContainer = containers.get(0).path("name").asText();
        JsonNode metadata = pod.path("metadata");
        Optional<PodExecHook> fromAnnotations = HookAnnotations.execHook(
                InitContainerHooks.strings(metadata.path("annotations")), firstContainer, warnings);
        if (fromAnnotations.isPresent()) {
            byContainer.put(fromAnnotations.get().container(), List.of(fromAnnotations.get()));
            return byContainer;
        }
        String namespace = metadata.path("namespace").asText();
        Map<String, String> labels = InitContainerHooks.strings(metadata.path("labels"));
        for (RestoreHookEntry entry : entries) {
            if (!entry.selector().appliesTo(namespace, labels)) {
                continue;
            }
            entry.hooks().stream().map(hook -> hook.getExec()).filter(exec -> exec != null)
                    .map(exec -> fromSpec(entry.name(), exec, firstContainer))
                    .forEach(hook -> byContainer.computeIfAbsent(hook.container(), c -> new ArrayList<>()).add(hook));
        }
        return byContainer;
    }

    private static PodExecHook fromSpec(String entryName, ExecRestoreHook exec, String firstContainer) {
        String container = exec.getContainer() == null || exec.getContainer().isEmpty() ? firstContainer
                : exec.getContainer();
        return new PodExecHook(entryName, HookSource.SPEC, container, List.copyOf(exec.getCommand()),
                exec.getOnError() == null ? HookErrorMode.CONTINUE : exec.getOnError(),
                duration(exec.getExecTimeout()).orElse(PodExecHook.DEFAULT_EXEC_TIMEOUT),
                duration(exec.getWaitTimeout()).orElse(Duration.ZERO), Boolean.TRUE.equals(exec.getWaitForReady()));
    }

    /** A set, valid, positive duration; validation has rejected invalid ones before the restore ran. */
    private static Optional<Duration> duration(GoDuration value) {
        return value == null || !value.isValid() || value.isZero() || value.isNegative() ? Optional.empty()
                : Optional.of(value.toDuration());
    }
}
