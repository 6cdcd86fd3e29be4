package io.velerojava.api;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.CustomResource;

/**
 * The CRD manifest of one kind.
 *
 * @param crdName the CRD's name, {@code <plural>.velero.io}
 * @param path where the manifest lives below {@code config/crd/}: {@code <version>/bases/velero.io_<plural>.yaml},
 *             the layout of Velero's own repository
 * @param yaml the manifest
 */
public record CrdManifest(String crdName, String path, String yaml) {

    /** The path below {@code config/crd/} of a kind's manifest. */
    public static String relativePath(Class<? extends CustomResource<?, ?>> kind) {
        return HasMetadata.getVersion(kind) + "/bases/" + HasMetadata.getGroup(kind) + "_" + HasMetadata.getPlural(kind)
                + ".yaml";
    }
}
