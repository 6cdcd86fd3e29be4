package io.velerojava.engine.podvolume;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Velero's {@code restore-wait} init container: it mounts each volume being restored at {@code /restores/<volume>}
 * and runs {@code /velero-restore-helper <restoreUID>}, which waits until every one holds
 * {@code .velero/<restoreUID>} (written by the node agent after the data), deletes {@code .velero} and exits. So
 * the pod's own containers start only on fully restored volumes. Velero's own image provides the helper, and
 * velero-java's node agent writes the same marker, so that image is the default.
 */
public final class RestoreWaitContainer {

    public static final String NAME = "restore-wait";
    /** The image with {@code /velero-restore-helper}, unless the pod-volume-restore ConfigMap names another. */
    public static final String DEFAULT_IMAGE = "velero/velero:v1.18.1";

    /** Names earlier Velero versions gave the container; a backed-up pod may still carry them. */
    private static final Set<String> NAMES = Set.of(NAME, "restic-wait");
    private static final String MOUNT_ROOT = "/restores/";
    private static final String CPU = "100m";
    private static final String MEMORY = "128Mi";
    private static final long NON_ROOT_USER = 1000;

    private RestoreWaitContainer() {
    }

    /** Removes a wait container the pod carries from an earlier restore; it would wait for a marker never written. */
    public static void removeFrom(ObjectNode pod) {
        if (pod.path("spec").get("initContainers") instanceof ArrayNode initContainers) {
            for (Iterator<JsonNode> it = initContainers.elements(); it.hasNext(); ) {
                if (NAMES.contains(it.next().path("name").asText())) {
                    it.remove();
                }
            }
        }
    }

    /** Adds the wait container as the pod's first init container, mounting {@code volumes}. */
    public static void addTo(ObjectNode pod, List<String> volumes, String restoreUid, String image) {
        removeFrom(pod);
        ObjectNode spec = pod.withObjectProperty("spec");
        JsonNodeFactory json = JsonNodeFactory.instance;
        ObjectNode container = json.objectNode();
        container.put("name", NAME);
        container.put("image", image);
        container.put("imagePullPolicy", "IfNotPresent");
        container.set("command", json.arrayNode().add("/velero-restore-helper"));
        container.set("args", json.arrayNode().add(restoreUid));
        ArrayNode env = container.putArray("env");
        env.add(fieldEnv("POD_NAMESPACE", "metadata.namespace"));
        env.add(fieldEnv("POD_NAME", "metadata.name"));
        ObjectNode quantities = json.objectNode().put("cpu", CPU).put("memory", MEMORY);
        container.putObject("resources").<ObjectNode>set("requests", quantities.deepCopy())
                .set("limits", quantities.deepCopy());
        ArrayNode mounts = container.putArray("volumeMounts");
        for (String volume : volumes) {
            mounts.addObject().put("name", volume).put("mountPath", MOUNT_ROOT + volume);
        }
        container.set("securityContext", securityContext(spec));
        ArrayNode initContainers = spec.get("initContainers") instanceof ArrayNode existing ? existing
                : spec.putArray("initContainers");
        initContainers.insert(0, container);
    }

    /** The first container's security context, so the helper may delete files it wrote; else a locked-down one. */
    private static JsonNode securityContext(ObjectNode spec) {
        JsonNode first = spec.path("containers").path(0).get("securityContext");
        if (first != null && first.isObject()) {
            return first.deepCopy();
        }
        ObjectNode context = JsonNodeFactory.instance.objectNode();
        context.put("runAsUser", NON_ROOT_USER);
        context.put("runAsNonRoot", true);
        context.put("allowPrivilegeEscalation", false);
        context.putObject("capabilities").putArray("drop").add("ALL");
        context.putObject("seccompProfile").put("type", "RuntimeDefault");
        return context;
    }

    private static ObjectNode fieldEnv(String name, String fieldPath) {
        ObjectNode variable = JsonNodeFactory.instance.objectNode().put("name", name);
        variable.putObject("valueFrom").putObject("fieldRef").put("fieldPath", fieldPath);
        return variable;
    }
}
