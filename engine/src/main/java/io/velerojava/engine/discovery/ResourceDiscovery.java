package io.velerojava.engine.discovery;

import io.fabric8.kubernetes.api.model.APIGroup;
import io.fabric8.kubernetes.api.model.APIResource;
import io.fabric8.kubernetes.api.model.APIResourceList;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.velerojava.archive.GroupResource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Finds every resource type the cluster serves in its group's preferred version, including those of
 * CustomResourceDefinitions, keeping only what a backup can use: top-level resources (no subresources) that support
 * list, get, create and delete.
 *
 * <p>Order follows Velero: the core group first with pods, persistentvolumeclaims and persistentvolumes leading, then
 * the other groups in discovery order with {@code extensions} last. A resource served under two groups
 * ("cohabiting", e.g. events in the core group and in {@code events.k8s.io}) is kept once, in the group that
 * comes first.
 */
public final class ResourceDiscovery {

    private static final String CORE_VERSION = "v1";
    private static final String EXTENSIONS_GROUP = "extensions";
    private static final Set<String> REQUIRED_VERBS = Set.of("list", "get", "create", "delete");
    private static final List<String> CORE_FIRST = List.of("pods", "persistentvolumeclaims", "persistentvolumes");
    /** Resources whose objects are served by two groups; backed up once, from the first group. */
    private static final Map<String, Set<String>> COHABITING = Map.of(
            "events", Set.of("", "events.k8s.io"),
            "deployments", Set.of("apps", EXTENSIONS_GROUP),
            "daemonsets", Set.of("apps", EXTENSIONS_GROUP),
            "replicasets", Set.of("apps", EXTENSIONS_GROUP),
            "networkpolicies", Set.of("networking.k8s.io", EXTENSIONS_GROUP),
            "podsecuritypolicies", Set.of("policy", EXTENSIONS_GROUP));

    private static final int PARALLEL_REQUESTS = 8;

    private final KubernetesClient client;

    public ResourceDiscovery(KubernetesClient client) {
        this.client = Objects.requireNonNull(client, "client");
    }

    public DiscoveredResources discover() {
        List<ApiResource> found = new ArrayList<>();
        List<ApiResource> core = resourcesOf("", CORE_VERSION);
        core.sort(Comparator.comparingInt(ResourceDiscovery::corePosition));
        found.addAll(core);
        List<APIGroup> groups = new ArrayList<>(client.getApiGroups().getGroups());
        groups.sort(Comparator.comparing(group -> group.getName().equals(EXTENSIONS_GROUP)));
        groups.removeIf(group -> group.getPreferredVersion() == null);
        // One request per group; asked in parallel, since a cluster with many CRDs has dozens of groups.
        ExecutorService askers = Executors.newFixedThreadPool(PARALLEL_REQUESTS, runnable -> {
            Thread thread = new Thread(runnable, "discovery");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<List<ApiResource>>> perGroup = groups.stream().map(group -> askers.submit(
                    () -> resourcesOf(group.getName(), group.getPreferredVersion().getVersion()))).toList();
            for (Future<List<ApiResource>> resources : perGroup) {
                found.addAll(resources.get());
            }
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause
                    : new IllegalStateException("discovery failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while discovering the served resources", e);
        } finally {
            askers.shutdownNow();
        }
        return new DiscoveredResources(withoutCohabitingDuplicates(found));
    }

    private List<ApiResource> resourcesOf(String group, String version) {
        APIResourceList list = client.getApiResources(group.isEmpty() ? version : group + "/" + version);
        List<ApiResource> resources = new ArrayList<>();
        if (list == null) {
            return resources;
        }
        for (APIResource resource : list.getResources()) {
            if (resource.getName().contains("/") || !new HashSet<>(nullSafe(resource.getVerbs()))
                    .containsAll(REQUIRED_VERBS)) {
                continue;
            }
            resources.add(new ApiResource(new GroupResource(group, resource.getName()), version, resource.getKind(),
                    Boolean.TRUE.equals(resource.getNamespaced()), nullSafe(resource.getShortNames()),
                    Objects.requireNonNullElse(resource.getSingularName(), "")));
        }
        return resources;
    }

    private static List<ApiResource> withoutCohabitingDuplicates(List<ApiResource> resources) {
        Set<String> seenCohabiting = new HashSet<>();
        List<ApiResource> kept = new ArrayList<>();
        for (ApiResource resource : resources) {
            GroupResource gr = resource.groupResource();
            Set<String> groups = COHABITING.get(gr.resource());
            if (groups != null && groups.contains(gr.group()) && !seenCohabiting.add(gr.resource())) {
                continue;
            }
            kept.add(resource);
        }
        return kept;
    }

    private static int corePosition(ApiResource resource) {
        int position = CORE_FIRST.indexOf(resource.groupResource().resource());
        return position < 0 ? CORE_FIRST.size() : position;
    }

    private static List<String> nullSafe(List<String> values) {
        return values == null ? List.of() : values;
    }
}
