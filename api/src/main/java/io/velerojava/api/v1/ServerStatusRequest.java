package io.velerojava.api.v1;

import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.Plural;
import io.fabric8.kubernetes.model.annotation.ShortNames;
import io.fabric8.kubernetes.model.annotation.Version;

/**
 * A request for the server's version and plugins.
 */
@Group("velero.io")
@Version("v1")
@Plural("serverstatusrequests")
@ShortNames("ssr")
public class ServerStatusRequest extends CustomResource<ServerStatusRequestSpec, ServerStatusRequestStatus> implements Namespaced {
}
