package io.velerojava.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import java.util.Map;

/**
 * JSON merge patches of just the fields a controller owns, without a resourceVersion: several controllers write
 * different fields of the same object (the location's validation and sync times, a backup's phase and progress),
 * and none may overwrite or conflict with the others.
 */
public final class MergePatch {

    /** Plain Jackson: unlike the model's mapper it writes {@code null} map values, which remove fields. */
    private static final ObjectMapper JSON = new ObjectMapper();

    private MergePatch() {
    }

    /**
     * Merges {@code changes} (such as {@code {"metadata": {"labels": {...}}}}) into the object; a {@code null} value
     * removes its key.
     */
    public static void apply(KubernetesClient client, HasMetadata object, Map<String, ?> changes) {
        client.resource(object).patch(PatchContext.of(PatchType.JSON_MERGE),
                json(changes));
    }

    /** Merges {@code status} into the object's status subresource. */
    public static void applyToStatus(KubernetesClient client, HasMetadata object, Map<String, ?> status) {
        client.resource(object).subresource("status").patch(PatchContext.of(PatchType.JSON_MERGE),
                json(Map.of("status", status)));
    }

    private static String json(Map<String, ?> value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("a patch of maps, lists and strings always serializes", e);
        }
    }
}
