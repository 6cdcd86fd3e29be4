package io.velerojava.engine.restore.hooks;

import io.velerojava.api.v1.RestoreResourceHookSpec;
import io.velerojava.engine.filter.IncludeExcludeList;
import io.velerojava.engine.filter.LabelSelectorMatcher;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Which pods a named hook entry of the Restore applies to: namespaces (globs, on the namespace the pod is restored
 * into), resources and a label selector. Restore hooks only run on pods; Velero ignores the resource lists of
 * restore hooks, we honour them as its documentation describes, so an entry that excludes pods applies to none.
 */
record HookSelector(IncludeExcludeList namespaces, IncludeExcludeList resources,
                    Optional<LabelSelectorMatcher> labelSelector) {

    private static final List<String> POD_NAMES = List.of("pods", "pod", "po");

    static HookSelector of(RestoreResourceHookSpec spec) {
        return new HookSelector(IncludeExcludeList.of(spec.getIncludedNamespaces(), spec.getExcludedNamespaces()),
                IncludeExcludeList.of(lowerCase(spec.getIncludedResources()), lowerCase(spec.getExcludedResources())),
                Optional.ofNullable(spec.getLabelSelector()).map(LabelSelectorMatcher::new));
    }

    boolean appliesTo(String namespace, Map<String, String> labels) {
        return namespaces.includes(namespace) && resources.includes(POD_NAMES)
                && labelSelector.map(selector -> selector.matches(labels)).orElse(true);
    }

    private static List<String> lowerCase(List<String> values) {
        return values == null ? List.of() : values.stream().map(value -> value.toLowerCase(Locale.ROOT)).toList();
    }
}
