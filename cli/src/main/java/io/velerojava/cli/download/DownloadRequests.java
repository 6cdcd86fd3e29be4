package io.velerojava.cli.download;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientTimeoutException;
import io.velerojava.api.builder.DownloadRequestBuilder;
import io.velerojava.api.v1.DownloadRequest;
import io.velerojava.api.v1.DownloadRequestPhase;
import io.velerojava.api.v1.DownloadTargetKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;

/**
 * Downloads a file of a backup or restore the way Velero's CLI does: a DownloadRequest named
 * {@code <target>-<uuid>}, a signed URL from the server, an HTTP GET. The CLI never needs the location's
 * credentials, only the right to create DownloadRequests.
 */
public final class DownloadRequests {

    private final KubernetesClient client;
    private final String namespace;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();

    public DownloadRequests(KubernetesClient client, String namespace) {
        this.client = client;
        this.namespace = namespace;
    }

    /**
     * The signed URL the server gives for the file.
     *
     * @throws IllegalStateException if the server did not answer within {@code timeout}
     */
    public URI signedUrl(DownloadTargetKind kind, String targetName, Duration timeout) {
        String name = targetName + "-" + UUID.randomUUID();
        DownloadRequest request = client.resource(DownloadRequestBuilder.forTarget(namespace, name, kind, targetName)
                .build()).create();
        try {
            DownloadRequest processed = client.resource(request).waitUntilCondition(
                    found -> found != null && found.getStatus() != null
                            && DownloadRequestPhase.PROCESSED.equals(found.getStatus().getPhase())
                            && found.getStatus().getDownloadURL() != null,
                    timeout.toMillis(), TimeUnit.MILLISECONDS);
            return URI.create(processed.getStatus().getDownloadURL());
        } catch (KubernetesClientTimeoutException e) {
            client.resource(request).delete();
            throw new IllegalStateException("timed out waiting for download URL of " + kind + " " + targetName
                    + "; is the velero server running, and does " + describe(kind) + " " + targetName + " exist?");
        }
    }

    /** Opens the file, gunzipped (logs and sidecar files are stored gzipped); the caller closes it. */
    public InputStream openGunzipped(DownloadTargetKind kind, String targetName, Duration timeout) {
        try {
            return new GZIPInputStream(open(kind, targetName, timeout));
        } catch (IOException e) {
            throw new UncheckedIOException("the " + kind + " of " + targetName + " is not gzip data", e);
        }
    }

    /** Opens the file as stored; the caller closes it. */
    public InputStream open(DownloadTargetKind kind, String targetName, Duration timeout) {
        URI url = signedUrl(kind, targetName, timeout);
        try {
            HttpResponse<InputStream> response = http.send(HttpRequest.newBuilder(url).timeout(timeout).build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            if (response.statusCode() == 404) {
                response.body().close();
                throw new IllegalStateException(describe(kind) + " " + targetName + " has no "
                        + kind.value() + " file in its storage location");
            }
            if (response.statusCode() != 200) {
                response.body().close();
                throw new IllegalStateException("request failed: HTTP " + response.statusCode() + " from " + url.getHost());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot download " + kind + " of " + targetName + " from " + url.getHost(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while downloading " + kind + " of " + targetName, e);
        }
    }

    private static String describe(DownloadTargetKind kind) {
        return kind.value().toLowerCase(Locale.ROOT).startsWith("restore") ? "restore" : "backup";
    }
}
