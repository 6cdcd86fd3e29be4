package io.velerojava.api.builder;

import io.velerojava.api.v1.ServerStatusRequest;
import io.velerojava.api.v1.ServerStatusRequestSpec;

/** Builds a {@link ServerStatusRequest}; the CLI names it with {@code generateName: velero-cli-}. */
public final class ServerStatusRequestBuilder extends KindBuilder<ServerStatusRequestBuilder, ServerStatusRequest> {

    private ServerStatusRequestBuilder(String namespace, String name) {
        super(new ServerStatusRequest(), namespace, name);
        resource.setSpec(new ServerStatusRequestSpec());
    }

    public static ServerStatusRequestBuilder forRequest(String namespace, String name) {
        return new ServerStatusRequestBuilder(namespace, name);
    }
}
