package io.velerojava.engine.backup;

import io.fabric8.kubernetes.api.model.Status;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.http.HttpRequest;
import io.fabric8.kubernetes.client.http.HttpResponse;
import io.velerojava.engine.discovery.ApiResource;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;

/**
 * GETs one page of a LIST through the client's own HTTP client (so with its authentication, retries and rate
 * limit) and reads the body with a {@link ListPageReader}, instead of binding the page to fabric8 objects.
 */
final class ListPageRequest {

    private final KubernetesClient client;
    private final String baseUrl;

    ListPageRequest(KubernetesClient client) {
        this.client = client;
        String master = client.getMasterUrl().toString();
        this.baseUrl = master.endsWith("/") ? master : master + "/";
    }

    /**
     * Lists one page and hands its items to {@code sink}.
     *
     * @param limit items per page, 0 for no paging
     * @return the continue token, empty on the last page
     */
    Optional<String> list(ApiResource resource, Optional<String> namespace, Optional<String> labelSelector, int limit,
            Optional<String> continueToken, Consumer<BackupItem> sink) {
        Map<String, String> query = new LinkedHashMap<>();
        if (limit > 0) {
            query.put("limit", Integer.toString(limit));
        }
        continueToken.ifPresent(token -> query.put("continue", token));
        labelSelector.ifPresent(selector -> query.put("labelSelector", selector));
        return send(resource, url(resource, namespace, query), sink);
    }

    /**
     * The item of that name if it exists and matches the label selector: a LIST by field selector, so the item
     * comes as listed items do and the selector is applied by the API server.
     */
    Optional<BackupItem> find(ApiResource resource, Optional<String> namespace, String name,
            Optional<String> labelSelector) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("fieldSelector", "metadata.name=" + name);
        labelSelector.ifPresent(selector -> query.put("labelSelector", selector));
        List<BackupItem> found = new ArrayList<>(1);
        send(resource, url(resource, namespace, query), found::add);
        return found.stream().filter(item -> item.name().equals(name)).findFirst();
    }

    private Optional<String> send(ApiResource resource, String url, Consumer<BackupItem> sink) {
        HttpRequest request = client.getHttpClient().newHttpRequestBuilder().uri(url)
                .header("Accept", "application/json").build();
        HttpResponse<byte[]> response;
        try {
            // The whole page in memory, as fabric8's own LIST holds it; parsing from an array is cheapest.
            response = client.getHttpClient().sendAsync(request, byte[].class).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KubernetesClientException("interrupted while listing " + url, e);
        } catch (ExecutionException e) {
            throw new KubernetesClientException("cannot list " + url + ": " + e.getCause().getMessage(),
                    e.getCause());
        }
        byte[] body = response.body() == null ? new byte[0] : response.body();
        if (!response.isSuccessful()) {
            throw failure(url, response.code(), body);
        }
        try {
            return new ListPageReader(resource.apiVersion(), resource.kind()).read(body, sink);
        } catch (IOException e) {
            throw new KubernetesClientException("cannot read the LIST response of " + url + ": " + e.getMessage(), e);
        }
    }

    private String url(ApiResource resource, Optional<String> namespace, Map<String, String> query) {
        StringBuilder url = new StringBuilder(baseUrl);
        url.append(resource.groupResource().isCore() ? "api/" : "apis/" + resource.groupResource().group() + "/")
                .append(resource.version());
        namespace.ifPresent(ns -> url.append("/namespaces/").append(encode(ns)));
        url.append('/').append(resource.groupResource().resource());
        char separator = '?';
        for (Map.Entry<String, String> parameter : query.entrySet()) {
            url.append(separator).append(parameter.getKey()).append('=').append(encode(parameter.getValue()));
            separator = '&';
        }
        return url.toString();
    }

    /** The API server's Status for a failed request, as fabric8 reports one. */
    private KubernetesClientException failure(String url, int code, byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        Status status = null;
        try {
            status = client.getKubernetesSerialization().unmarshal(text, Status.class);
        } catch (RuntimeException e) {
            // Not a Status (a proxy's error page): the code and body say what happened.
        }
        String message = status != null && status.getMessage() != null ? status.getMessage() : text;
        return new KubernetesClientException("Failure executing: GET at: " + url + ". Message: " + message + ".",
                code, status);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
