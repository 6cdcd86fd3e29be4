package io.velerojava.cli.output;

import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.util.List;
import java.util.Map;

/** {@code -o/--output}: a table for people, or the objects as Kubernetes JSON or YAML for tools. */
public enum OutputFormat {
    TABLE, JSON, YAML;

    private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

    /**
     * One object as itself, several as a {@code v1/List}, the way Velero's {@code -o json} prints them; not for
     * {@link #TABLE}, which each command renders.
     */
    public String serialize(List<?> objects) {
        Object document = objects.size() == 1 ? objects.get(0)
                : Map.of("apiVersion", "v1", "kind", "List", "items", objects);
        return switch (this) {
            case JSON -> SERIALIZATION.asJson(document);
            case YAML -> SERIALIZATION.asYaml(document);
            case TABLE -> throw new IllegalStateException("a table is rendered by the command, not serialized");
        };
    }
}
