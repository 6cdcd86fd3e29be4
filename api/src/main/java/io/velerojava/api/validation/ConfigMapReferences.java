package io.velerojava.api.validation;

import io.fabric8.kubernetes.api.model.TypedLocalObjectReference;

/** {@code resourcePolicy} and {@code resourceModifier} name a ConfigMap in the Velero namespace. */
final class ConfigMapReferences {

    private ConfigMapReferences() {
    }

    static void check(FieldErrors errors, String path, TypedLocalObjectReference reference) {
        if (reference == null) {
            return;
        }
        if (reference.getKind() == null || !reference.getKind().equalsIgnoreCase("configmap")) {
            errors.add(path + ".kind", "\"" + reference.getKind() + "\" is not supported; only ConfigMap is");
        }
        errors.requireText(path + ".name", reference.getName(), "; name the ConfigMap in the Velero namespace");
    }
}
