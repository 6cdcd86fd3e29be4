package io.velerojava.api.v1;

import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.Plural;
import io.fabric8.kubernetes.model.annotation.Version;

/**
 * A request for a signed URL to a file of a backup or restore.
 */
@Group("velero.io")
@Version("v1")
@Plural("downloadrequests")
public class DownloadRequest extends CustomResource<DownloadRequestSpec, DownloadRequestStatus> implements Namespaced {
}
