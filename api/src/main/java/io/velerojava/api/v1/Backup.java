package io.velerojava.api.v1;

import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.Plural;
import io.fabric8.kubernetes.model.annotation.Version;

/**
 * A request to back up cluster resources (and volumes) to a backup storage location.
 */
@Group("velero.io")
@Version("v1")
@Plural("backups")
public class Backup extends CustomResource<BackupSpec, BackupStatus> implements Namespaced {
}
