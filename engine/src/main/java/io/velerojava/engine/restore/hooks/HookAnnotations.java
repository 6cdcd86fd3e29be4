package io.velerojava.engine.restore.hooks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.velerojava.api.GoDuration;
import io.velerojava.api.v1.HookErrorMode;
import io.velerojava.engine.restore.hooks.PodExecHook.HookSource;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Restore hooks a pod carries as annotations. They take precedence over the Restore's spec: a pod with the
 * init-hook annotations gets only that init container, a pod with the exec-hook annotations runs only that hook.
 */
final class HookAnnotations {

    static final String INIT_CONTAINER_IMAGE = "init.hook.restore.velero.io/container-image";
    static final String INIT_CONTAINER_NAME = "init.hook.restore.velero.io/container-name";
    static final String INIT_COMMAND = "init.hook.restore.velero.io/command";
    static final String POST_CONTAINER = "post.hook.restore.velero.io/container";
    static final String POST_COMMAND = "post.hook.restore.velero.io/command";
    static final String POST_ON_ERROR = "post.hook.restore.velero.io/on-error";
    static final String POST_EXEC_TIMEOUT = "post.hook.restore.velero.io/exec-timeout";
    static final String POST_WAIT_TIMEOUT = "post.hook.restore.velero.io/wait-timeout";
    static final String POST_WAIT_FOR_READY = "post.hook.restore.velero.io/wait-for-ready";
    static final String ANNOTATION_HOOK_NAME = "<from-annotation>";

    private static final ObjectMapper JSON = new ObjectMapper();

    private HookAnnotations() {
    }

    /**
     * The init container the annotations describe, if they name an image. Without a name it is called
     * {@code velero-restore-init-<8 hex digits>}, as Velero does; without a command it runs the image's entrypoint.
     */
    static Optional<ObjectNode> initContainer(Map<String, String> annotations, Supplier<String> randomSuffix) {
        String image = annotations.getOrDefault(INIT_CONTAINER_IMAGE, "");
        if (image.isEmpty()) {
            return Optional.empty();
        }
        String name = annotations.getOrDefault(INIT_CONTAINER_NAME, "");
        ObjectNode container = JsonNodeFactory.instance.objectNode();
        container.put("name", name.isEmpty() ? "velero-restore-init-" + randomSuffix.get() : name);
        container.put("image", image);
        String command = annotations.getOrDefault(INIT_COMMAND, "");
        if (!command.isEmpty()) {
            ArrayNode commandArray = container.putArray("command");
            command(command).forEach(commandArray::add);
        }
        return Optional.of(container);
    }

    /**
     * The exec hook the annotations describe, if they give a command. Unreadable durations and booleans are
     * reported to {@code warnings} and ignored, as Velero does; an on-error value other than {@code Fail}
     * means {@code Continue}.
     */
    static Optional<PodExecHook> execHook(Map<String, String> annotations, String firstContainer,
                                          Consumer<String> warnings) {
        String command = annotations.getOrDefault(POST_COMMAND, "");
        if (command.isEmpty()) {
            return Optional.empty();
        }
        String container = annotations.getOrDefault(POST_CONTAINER, "");
        HookErrorMode onError = HookErrorMode.of(annotations.getOrDefault(POST_ON_ERROR, ""));
        if (!onError.isKnown()) {
            onError = HookErrorMode.CONTINUE;
        }
        return Optional.of(new PodExecHook(ANNOTATION_HOOK_NAME, HookSource.ANNOTATION,
                container.isEmpty() ? firstContainer : container, command(command), onError,
                duration(annotations, POST_EXEC_TIMEOUT, warnings).orElse(PodExecHook.DEFAULT_EXEC_TIMEOUT),
                duration(annotations, POST_WAIT_TIMEOUT, warnings).orElse(Duration.ZERO),
                waitForReady(annotations, warnings)));
    }

    /** A command annotation: a JSON array of strings, or else one string run as it is (no shell). */
    static List<String> command(String value) {
        if (value.startsWith("[")) {
            try {
                return JSON.readValue(value, new TypeReference<List<String>>() { });
            } catch (JsonProcessingException e) {
                return List.of(value);
            }
        }
        return List.of(value);
    }

    private static Optional<Duration> duration(Map<String, String> annotations, String key,
                                               Consumer<String> warnings) {
        String value = annotations.getOrDefault(key, "");
        if (value.isEmpty()) {
            return Optional.empty();
        }
        try {
            Duration duration = GoDuration.parse(value).toDuration();
            return duration.isZero() ? Optional.empty() : Optional.of(duration);
        } catch (IllegalArgumentException e) {
            warnings.accept("annotation " + key + ": " + e.getMessage() + "; ignoring it");
            return Optional.empty();
        }
    }

    private static boolean waitForReady(Map<String, String> annotations, Consumer<String> warnings) {
        String value = annotations.getOrDefault(POST_WAIT_FOR_READY, "").toLowerCase(Locale.ROOT);
        return switch (value) {
            case "" , "false", "0", "f" -> false;
            case "true", "1", "t" -> true;
            default -> {
                warnings.accept("annotation " + POST_WAIT_FOR_READY + ": \"" + value + "\" is not a boolean;"
                        + " not waiting for the container to be ready");
                yield false;
            }
        };
    }
}
