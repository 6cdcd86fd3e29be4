package io.velerojava.server.download;

import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.api.reconciler.ControllerConfiguration;
import io.javaoperatorsdk.operator.api.reconciler.Reconciler;
import io.javaoperatorsdk.operator.api.reconciler.UpdateControl;
import io.velerojava.api.v1.Backup;
import io.velerojava.api.v1.BackupStorageLocation;
import io.velerojava.api.v1.DownloadRequest;
import io.velerojava.api.v1.DownloadRequestPhase;
import io.velerojava.api.v1.DownloadRequestStatus;
import io.velerojava.api.v1.DownloadTarget;
import io.velerojava.api.v1.Restore;
import io.velerojava.engine.location.LocationUnusableException;
import io.velerojava.engine.location.OpenedBackupStore;
import io.velerojava.server.ServerContext;
import io.velerojava.storage.ObjectStoreException;
import io.velerojava.storage.backup.BackupStore;
import io.velerojava.storage.backup.DownloadTargetKind;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers DownloadRequests with a signed URL to the file they name (a backup's log, tarball, results; a restore's
 * log, results), valid for ten minutes, and deletes each request when its URL has expired. A request that cannot
 * be answered (no such backup or restore, a kind this version does not know) is retried until it is ten minutes
 * old, since the backup may still be on its way from a sync, then deleted.
 */
@ControllerConfiguration(name = "download-request")
public final class DownloadRequestReconciler implements Reconciler<DownloadRequest> {

    private static final Logger log = LoggerFactory.getLogger(DownloadRequestReconciler.class);
    private static final Duration RETRY = Duration.ofSeconds(5);

    private final ServerContext server;

    public DownloadRequestReconciler(ServerContext server) {
        this.server = server;
    }

    @Override
    public UpdateControl<DownloadRequest> reconcile(DownloadRequest request, Context<DownloadRequest> context) {
        Instant now = server.clock().instant();
        if (request.getStatus() != null && DownloadRequestPhase.PROCESSED.equals(request.getStatus().getPhase())) {
            return deleteWhenPast(request, expiration(request), now);
        }
        Optional<URI> url = target(request).flatMap(this::signedUrl);
        if (url.isEmpty()) {
            Instant giveUp = Instant.parse(request.getMetadata().getCreationTimestamp())
                    .plus(BackupStore.DOWNLOAD_URL_TTL);
            return now.isBefore(giveUp) ? UpdateControl.<DownloadRequest>noUpdate().rescheduleAfter(RETRY)
                    : deleteWhenPast(request, giveUp, now);
        }
        DownloadRequestStatus status = new DownloadRequestStatus();
        status.setPhase(DownloadRequestPhase.PROCESSED);
        status.setDownloadURL(url.get().toString());
        status.setExpiration(now.plus(BackupStore.DOWNLOAD_URL_TTL).truncatedTo(ChronoUnit.SECONDS).toString());
        request.setStatus(status);
        return UpdateControl.patchStatus(request).rescheduleAfter(BackupStore.DOWNLOAD_URL_TTL);
    }

    private Optional<ResolvedTarget> target(DownloadRequest request) {
        DownloadTarget target = request.getSpec() == null ? null : request.getSpec().getTarget();
        if (target == null || target.getKind() == null || target.getName() == null) {
            log.info("download request {} names no target", request.getMetadata().getName());
            return Optional.empty();
        }
        Optional<DownloadTargetKind> kind = DownloadTargetKind.fromWireName(target.getKind().value());
        if (kind.isEmpty()) {
            log.info("download request {} asks for {}, which this server does not know",
                    request.getMetadata().getName(), target.getKind());
            return Optional.empty();
        }
        Optional<String> backupName = kind.get().backupFile().isPresent()
                ? Optional.of(target.getName())
                : restore(target.getName()).map(restore -> restore.getSpec().getBackupName());
        return backupName.flatMap(this::backup)
                .map(backup -> backup.getSpec().getStorageLocation())
                .flatMap(server.locations()::find)
                .map(location -> new ResolvedTarget(kind.get(), target.getName(), location));
    }

    private Optional<URI> signedUrl(ResolvedTarget target) {
        try (OpenedBackupStore store = server.locations().open(target.location())) {
            return Optional.of(store.backupStore().getDownloadUrl(target.kind(), target.name()));
        } catch (LocationUnusableException | ObjectStoreException e) {
            log.warn("cannot sign a URL for {} {}: {}", target.kind().wireName(), target.name(), e.getMessage());
            return Optional.empty();
        }
    }

    private Optional<Restore> restore(String name) {
        return Optional.ofNullable(server.client().resources(Restore.class).inNamespace(server.namespace())
                .withName(name).get()).filter(restore -> restore.getSpec() != null);
    }

    private Optional<Backup> backup(String name) {
        return Optional.ofNullable(server.client().resources(Backup.class).inNamespace(server.namespace())
                .withName(name).get()).filter(backup -> backup.getSpec() != null);
    }

    private UpdateControl<DownloadRequest> deleteWhenPast(DownloadRequest request, Instant deadline, Instant now) {
        if (now.isBefore(deadline)) {
            return UpdateControl.<DownloadRequest>noUpdate().rescheduleAfter(Duration.between(now, deadline));
        }
        server.client().resource(request).delete();
        return UpdateControl.noUpdate();
    }

    private static Instant expiration(DownloadRequest request) {
        String text = request.getStatus().getExpiration();
        return text == null || text.isBlank() ? Instant.EPOCH : Instant.parse(text);
    }

    /** The file a request names and the location it is in. */
    private record ResolvedTarget(DownloadTargetKind kind, String name, BackupStorageLocation location) {
    }
}
