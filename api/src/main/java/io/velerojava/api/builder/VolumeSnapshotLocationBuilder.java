package io.velerojava.api.builder;

import io.fabric8.kubernetes.api.model.SecretKeySelector;
import io.velerojava.api.v1.VolumeSnapshotLocation;
import io.velerojava.api.v1.VolumeSnapshotLocationSpec;
import java.util.LinkedHashMap;
import java.util.Map;

/** Builds a {@link VolumeSnapshotLocation}: {@code VolumeSnapshotLocationBuilder.forLocation("velero", "aws").provider("aws").build()}. */
public final class VolumeSnapshotLocationBuilder extends KindBuilder<VolumeSnapshotLocationBuilder, VolumeSnapshotLocation> {

    private VolumeSnapshotLocationBuilder(String namespace, String name) {
        super(new VolumeSnapshotLocation(), namespace, name);
        resource.setSpec(new VolumeSnapshotLocationSpec());
    }

    public static VolumeSnapshotLocationBuilder forLocation(String namespace, String name) {
        return new VolumeSnapshotLocationBuilder(namespace, name);
    }

    public VolumeSnapshotLocationBuilder provider(String provider) {
        resource.getSpec().setProvider(provider);
        return this;
    }

    public VolumeSnapshotLocationBuilder config(String key, String value) {
        Map<String, String> config = resource.getSpec().getConfig() == null ? new LinkedHashMap<>()
                : new LinkedHashMap<>(resource.getSpec().getConfig());
        config.put(key, value);
        resource.getSpec().setConfig(config);
        return this;
    }

    public VolumeSnapshotLocationBuilder credential(String secretName, String key) {
        resource.getSpec().setCredential(new SecretKeySelector(key, secretName, null));
        return this;
    }
}
