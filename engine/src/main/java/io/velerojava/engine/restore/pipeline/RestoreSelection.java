package io.velerojava.engine.restore.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.velerojava.api.VeleroAnnotations;
import io.velerojava.api.v1.RestoreSpec;
import io.velerojava.api.validation.RestoreSpecValidator;
import io.velerojava.archive.GroupResource;
import io.velerojava.archive.ItemKey;
import io.velerojava.engine.discovery.DiscoveredResources;
import io.velerojava.engine.filter.IncludeExcludeList;
import io.velerojava.engine.filter.LabelSelectorMatcher;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Which items of the backup a Restore takes and where they go, from its spec: resource and namespace filters,
 * the cluster-scoped rule, label selectors, namespace mapping and which statuses to restore (facts §4.5-4.7).
 *
 * <p>Resource filter entries are resolved, as Velero does, through the target cluster's discovery: a short name,
 * singular or kind ({@code deploy}, {@code Deployment}) stands for its {@code <plural>.<group>}; an entry the
 * cluster does not know (a type whose CRD is not installed yet, a glob) is kept as written.
 */
public final class RestoreSelection {

    static final GroupResource NAMESPACES = GroupResource.core("namespaces");

    private final IncludeExcludeList resources;
    private final IncludeExcludeList namespaces;
    private final Boolean includeClusterResources;
    private final Optional<LabelSelectorMatcher> labelSelector;
    private final List<LabelSelectorMatcher> orLabelSelectors;
    private final Map<String, String> namespaceMapping;
    private final Optional<IncludeExcludeList> statusResources;

    private RestoreSelection(RestoreSpec spec, DiscoveredResources targetResources) {
        List<String> excludedResources = new ArrayList<>(nullSafe(spec.getExcludedResources()));
        excludedResources.addAll(RestoreSpecValidator.NON_RESTORABLE_RESOURCES);
        this.resources = IncludeExcludeList.of(resolved(spec.getIncludedResources(), targetResources),
                resolved(excludedResources, targetResources));
        this.namespaces = IncludeExcludeList.of(spec.getIncludedNamespaces(), spec.getExcludedNamespaces());
        this.includeClusterResources = spec.getIncludeClusterResources();
        this.labelSelector = Optional.ofNullable(spec.getLabelSelector()).map(LabelSelectorMatcher::new);
        List<LabelSelector> or = spec.getOrLabelSelectors() == null ? List.of() : spec.getOrLabelSelectors();
        this.orLabelSelectors = or.stream().map(LabelSelectorMatcher::new).toList();
        this.namespaceMapping = spec.getNamespaceMapping() == null ? Map.of() : Map.copyOf(spec.getNamespaceMapping());
        this.statusResources = Optional.ofNullable(spec.getRestoreStatus()).map(status -> IncludeExcludeList.of(
                resolved(status.getIncludedResources(), targetResources),
                resolved(status.getExcludedResources(), targetResources)));
    }

    /** @param targetResources what the target cluster serves, to resolve the resource filters' names */
    public static RestoreSelection of(RestoreSpec spec, DiscoveredResources targetResources) {
        return new RestoreSelection(spec, targetResources);
    }

    /**
     * Whether items of this type are restored at all. Types are matched by their group-resource string and also
     * by their plural, so a plural of a type the target cluster does not serve yet (its CRD is in the backup)
     * still selects it.
     */
    public boolean includesType(GroupResource type) {
        return resources.includes(names(type));
    }

    /** Whether this item passes the namespace filter (on its backed-up namespace) and the cluster-scoped rule. */
    public boolean includesItem(ItemKey item) {
        if (item.groupResource().equals(NAMESPACES)) {
            return namespaces.includes(item.name());
        }
        if (item.isClusterScoped()) {
            return includeClusterResources == null ? namespaces.includesEverything() : includeClusterResources;
        }
        return namespaces.includes(item.namespace().orElseThrow());
    }

    /**
     * Whether an item another item brings along is restored: as in Velero, the resource filters, the namespace
     * filter (on its backed-up namespace) and {@code includeClusterResources: false} apply, while label selectors
     * and the rule that leaves cluster-scoped items out of a restore of some namespaces do not.
     */
    public boolean includesAdditionalItem(ItemKey item) {
        if (!includesType(item.groupResource())) {
            return false;
        }
        return item.namespace().map(namespaces::includes).orElse(!Boolean.FALSE.equals(includeClusterResources));
    }

    /** Whether items are filtered by their labels at all. */
    public boolean hasLabelSelectors() {
        return labelSelector.isPresent() || !orLabelSelectors.isEmpty();
    }

    /** Whether the item's labels match the label selector, or any of the OR selectors. */
    public boolean matchesLabels(ObjectNode item) {
        Map<String, String> labels = labels(item);
        if (labelSelector.isPresent()) {
            return labelSelector.get().matches(labels);
        }
        return orLabelSelectors.isEmpty() || orLabelSelectors.stream().anyMatch(selector -> selector.matches(labels));
    }

    /** The namespace a backed-up namespace is restored into. */
    public String targetNamespace(String sourceNamespace) {
        return namespaceMapping.getOrDefault(sourceNamespace, sourceNamespace);
    }

    public Map<String, String> namespaceMapping() {
        return namespaceMapping;
    }

    /** Whether the item's status is restored: the item's annotation decides, else {@code spec.restoreStatus}. */
    public boolean restoresStatus(GroupResource type, ObjectNode item) {
        JsonNode annotation = item.path("metadata").path("annotations").path(VeleroAnnotations.RESTORE_STATUS);
        if (annotation.isTextual() && (annotation.asText().equals("true") || annotation.asText().equals("false"))) {
            return annotation.asText().equals("true");
        }
        return statusResources.map(filter -> filter.includes(names(type))).orElse(false);
    }

    private static List<String> names(GroupResource type) {
        return List.of(type.toString(), type.resource());
    }

    private static Map<String, String> labels(ObjectNode item) {
        Map<String, String> labels = new HashMap<>();
        item.path("metadata").path("labels").fields()
                .forEachRemaining(label -> labels.put(label.getKey(), label.getValue().asText()));
        return labels;
    }

    private static List<String> resolved(List<String> entries, DiscoveredResources targetResources) {
        return nullSafe(entries).stream()
                .map(String::strip)
                .map(entry -> entry.equals("*") ? entry : targetResources.resolve(entry)
                        .map(GroupResource::toString)
                        .orElse(entry.toLowerCase(Locale.ROOT)))
                .toList();
    }

    private static List<String> nullSafe(List<String> values) {
        return values == null ? List.of() : values;
    }
}
