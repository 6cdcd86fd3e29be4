package io.velerojava.api.v1;

import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.Plural;
import io.fabric8.kubernetes.model.annotation.Version;

/**
 * A request to restore a backup into the cluster.
 */
@Group("velero.io")
@Version("v1")
@Plural("restores")
public class Restore extends CustomResource<RestoreSpec, RestoreStatus> implements Namespaced {
}
