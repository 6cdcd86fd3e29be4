package io.velerojava.api.builder;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.OwnerReference;
import io.fabric8.kubernetes.api.model.OwnerReferenceBuilder;
import io.fabric8.kubernetes.client.CustomResource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The metadata part shared by every kind's builder. A builder builds one object: {@link #build()} returns it, and
 * later calls would change that same object.
 *
 * @param <B> the concrete builder, returned by every setter for chaining
 * @param <R> the kind built
 */
public abstract class KindBuilder<B extends KindBuilder<B, R>, R extends CustomResource<?, ?>> {

    protected final R resource;

    protected KindBuilder(R resource, String namespace, String name) {
        this.resource = resource;
        ObjectMeta metadata = new ObjectMeta();
        metadata.setNamespace(namespace);
        metadata.setName(name);
        resource.setMetadata(metadata);
    }

    @SuppressWarnings("unchecked")
    protected final B self() {
        return (B) this;
    }

    /** Adds labels given as alternating keys and values. */
    public B labels(String... keysAndValues) {
        metadata().setLabels(putAll(metadata().getLabels(), keysAndValues));
        return self();
    }

    /** Adds annotations given as alternating keys and values. */
    public B annotations(String... keysAndValues) {
        metadata().setAnnotations(putAll(metadata().getAnnotations(), keysAndValues));
        return self();
    }

    /** Sets {@code metadata.generateName} and clears the name, as Velero does for requests it creates. */
    public B generateName(String prefix) {
        metadata().setName(null);
        metadata().setGenerateName(prefix);
        return self();
    }

    public B uid(String uid) {
        metadata().setUid(uid);
        return self();
    }

    /** RFC3339, e.g. {@code 2026-05-20T03:00:00Z}. */
    public B creationTimestamp(String rfc3339) {
        metadata().setCreationTimestamp(rfc3339);
        return self();
    }

    public B finalizers(String... finalizers) {
        if (metadata().getFinalizers() == null) {
            metadata().setFinalizers(new ArrayList<>());
        }
        metadata().getFinalizers().addAll(List.of(finalizers));
        return self();
    }

    /** Makes {@code owner} the controlling owner, so that deleting it deletes the built object. */
    public B controlledBy(HasMetadata owner) {
        OwnerReference reference = new OwnerReferenceBuilder()
                .withApiVersion(owner.getApiVersion())
                .withKind(owner.getKind())
                .withName(owner.getMetadata().getName())
                .withUid(owner.getMetadata().getUid())
                .withController(true)
                .withBlockOwnerDeletion(true)
                .build();
        if (metadata().getOwnerReferences() == null) {
            metadata().setOwnerReferences(new ArrayList<>());
        }
        metadata().getOwnerReferences().add(reference);
        return self();
    }

    public R build() {
        return resource;
    }

    /** {@code list} (null meaning empty) followed by {@code items}, as a new mutable list. */
    @SafeVarargs
    protected static <T> List<T> appended(List<T> list, T... items) {
        List<T> result = list == null ? new ArrayList<>() : new ArrayList<>(list);
        result.addAll(List.of(items));
        return result;
    }

    protected final ObjectMeta metadata() {
        return resource.getMetadata();
    }

    /** {@code existing} (null meaning empty) with the alternating keys and values put in, as a new mutable map. */
    protected static Map<String, String> putAll(Map<String, String> existing, String... keysAndValues) {
        if (keysAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("expected alternating keys and values, got an odd count "
                    + keysAndValues.length);
        }
        Map<String, String> result = existing == null ? new LinkedHashMap<>() : new LinkedHashMap<>(existing);
        for (int i = 0; i < keysAndValues.length; i += 2) {
            result.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return result;
    }
}
