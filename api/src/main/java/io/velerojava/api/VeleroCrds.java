package io.velerojava.api;

import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The CustomResourceDefinitions of every velero.io kind, as committed under {@code config/crd/} and packaged in this
 * jar, so that {@code velero install}, the server and the tests install the very same manifests.
 */
public final class VeleroCrds {

    private static final String RESOURCE_ROOT = "crd/";

    private VeleroCrds() {
    }

    /** One manifest per kind, in {@link VeleroKinds#ALL} order. */
    public static List<CrdManifest> all() {
        return VeleroKinds.ALL.stream().map(VeleroCrds::manifestOf).toList();
    }

    /** The manifest of one kind. */
    public static CrdManifest manifestOf(Class<? extends CustomResource<?, ?>> kind) {
        String path = CrdManifest.relativePath(kind);
        try (InputStream in = VeleroCrds.class.getResourceAsStream(RESOURCE_ROOT + path)) {
            if (in == null) {
                throw new IllegalStateException("CRD manifest " + path + " is missing from the velero-api jar");
            }
            return new CrdManifest(CustomResource.getCRDName(kind), path,
                    new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read CRD manifest " + path, e);
        }
    }

    /** The parsed definitions, ready for {@code client.resource(crd).serverSideApply()}. */
    public static List<CustomResourceDefinition> definitions() {
        KubernetesSerialization serialization = new KubernetesSerialization();
        return all().stream().map(m -> serialization.unmarshal(m.yaml(), CustomResourceDefinition.class)).toList();
    }
}
