package io.velerojava.api.builder;

import io.velerojava.api.v1.DownloadRequest;
import io.velerojava.api.v1.DownloadRequestSpec;
import io.velerojava.api.v1.DownloadTarget;
import io.velerojava.api.v1.DownloadTargetKind;

/** Builds a {@link DownloadRequest} for one file of a backup or restore. */
public final class DownloadRequestBuilder extends KindBuilder<DownloadRequestBuilder, DownloadRequest> {

    private DownloadRequestBuilder(String namespace, String name, DownloadTargetKind kind, String targetName) {
        super(new DownloadRequest(), namespace, name);
        DownloadTarget target = new DownloadTarget();
        target.setKind(kind);
        target.setName(targetName);
        DownloadRequestSpec spec = new DownloadRequestSpec();
        spec.setTarget(target);
        resource.setSpec(spec);
    }

    /** E.g. {@code forTarget("velero", "b1-logs-1234", DownloadTargetKind.BACKUP_LOG, "b1")}. */
    public static DownloadRequestBuilder forTarget(String namespace, String name, DownloadTargetKind kind,
                                                   String targetName) {
        return new DownloadRequestBuilder(namespace, name, kind, targetName);
    }
}
