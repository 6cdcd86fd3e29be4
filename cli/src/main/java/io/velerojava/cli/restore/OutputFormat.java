package io.velerojava.cli.restore;

import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.util.Locale;

/** {@code -o/--output}: a human table, or the objects as Kubernetes JSON or YAML. */
enum OutputFormat {
    TABLE, JSON, YAML;

    private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

    static OutputFormat parse(String value) {
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("invalid output format \"" + value + "\"; use table, json or yaml", e);
        }
    }

    /** The object as JSON or YAML; not for {@link #TABLE}. */
    String serialize(Object object) {
        return switch (this) {
            case JSON -> SERIALIZATION.asJson(object);
            case YAML -> SERIALIZATION.asYaml(object);
            case TABLE -> throw new IllegalStateException("a table is rendered by the command, not serialized");
        };
    }
}
