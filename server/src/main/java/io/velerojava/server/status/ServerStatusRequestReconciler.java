package io.velerojava.server.status;

import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.api.reconciler.ControllerConfiguration;
import io.javaoperatorsdk.operator.api.reconciler.Reconciler;
import io.javaoperatorsdk.operator.api.reconciler.UpdateControl;
import io.velerojava.api.v1.PluginInfo;
import io.velerojava.api.v1.ServerStatusRequest;
import io.velerojava.api.v1.ServerStatusRequestPhase;
import io.velerojava.api.v1.ServerStatusRequestStatus;
import io.velerojava.server.ServerContext;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Answers ServerStatusRequests ({@code velero version}, {@code velero plugin get}) with the server's version and its
 * plugins, and deletes each answered request a minute later, as Velero does.
 */
@ControllerConfiguration(name = "server-status-request")
public final class ServerStatusRequestReconciler implements Reconciler<ServerStatusRequest> {

    /** How long an answered request is kept for its client to read. */
    public static final Duration PROCESSED_REQUEST_RETENTION = Duration.ofMinutes(1);

    /** Velero's plugin kind for object store providers. */
    static final String OBJECT_STORE_KIND = "ObjectStore";

    private final ServerContext server;

    public ServerStatusRequestReconciler(ServerContext server) {
        this.server = server;
    }

    @Override
    public UpdateControl<ServerStatusRequest> reconcile(ServerStatusRequest request,
            Context<ServerStatusRequest> context) {
        Instant now = server.clock().instant();
        ServerStatusRequestStatus status = request.getStatus();
        if (status != null && ServerStatusRequestPhase.PROCESSED.equals(status.getPhase())
                && status.getProcessedTimestamp() != null) {
            Instant expiry = Instant.parse(status.getProcessedTimestamp()).plus(PROCESSED_REQUEST_RETENTION);
            if (now.isBefore(expiry)) {
                return UpdateControl.<ServerStatusRequest>noUpdate().rescheduleAfter(Duration.between(now, expiry));
            }
            server.client().resource(request).delete();
            return UpdateControl.noUpdate();
        }
        ServerStatusRequestStatus answer = new ServerStatusRequestStatus();
        answer.setPhase(ServerStatusRequestPhase.PROCESSED);
        answer.setProcessedTimestamp(now.truncatedTo(ChronoUnit.SECONDS).toString());
        answer.setServerVersion(ServerVersion.current());
        answer.setPlugins(plugins());
        request.setStatus(answer);
        return UpdateControl.patchStatus(request).rescheduleAfter(PROCESSED_REQUEST_RETENTION);
    }

    private List<PluginInfo> plugins() {
        return server.locations().providerNames().stream().sorted().map(name -> {
            PluginInfo plugin = new PluginInfo();
            plugin.setName(name);
            plugin.setKind(OBJECT_STORE_KIND);
            return plugin;
        }).toList();
    }
}
