package io.velerojava.api.v1;

import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.Plural;
import io.fabric8.kubernetes.model.annotation.ShortNames;
import io.fabric8.kubernetes.model.annotation.Version;

/**
 * Where native volume snapshots are taken.
 */
@Group("velero.io")
@Version("v1")
@Plural("volumesnapshotlocations")
@ShortNames("vsl")
public class VolumeSnapshotLocation extends CustomResource<VolumeSnapshotLocationSpec, VolumeSnapshotLocationStatus> implements Namespaced {
}
