package io.velerojava.engine.backup;

import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.LabelSelectorRequirement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Label selectors in the string syntax LIST calls take ({@code app=web,tier in (a,b),!legacy}). */
final class LabelSelectors {

    private LabelSelectors() {
    }

    /**
     * The selectors a backup lists items with: none (empty) without selectors, the one {@code labelSelector}, or
     * one per {@code orLabelSelectors} entry, whose results are united.
     */
    static List<Optional<String>> forListing(LabelSelector labelSelector, List<LabelSelector> orLabelSelectors) {
        if (orLabelSelectors != null && !orLabelSelectors.isEmpty()) {
            return orLabelSelectors.stream().map(selector -> Optional.of(toQuery(selector))).toList();
        }
        if (labelSelector != null) {
            return List.of(Optional.of(toQuery(labelSelector)));
        }
        return List.of(Optional.empty());
    }

    static String toQuery(LabelSelector selector) {
        List<String> terms = new ArrayList<>();
        Map<String, String> labels = selector.getMatchLabels() == null ? Map.of()
                : new TreeMap<>(selector.getMatchLabels());
        labels.forEach((key, value) -> terms.add(key + "=" + value));
        if (selector.getMatchExpressions() != null) {
            for (LabelSelectorRequirement requirement : selector.getMatchExpressions()) {
                terms.add(toTerm(requirement));
            }
        }
        return String.join(",", terms);
    }

    private static String toTerm(LabelSelectorRequirement requirement) {
        String key = requirement.getKey();
        List<String> values = requirement.getValues() == null ? List.of() : requirement.getValues();
        return switch (requirement.getOperator().toLowerCase(Locale.ROOT)) {
            case "in" -> key + " in (" + String.join(",", values) + ")";
            case "notin" -> key + " notin (" + String.join(",", values) + ")";
            case "exists" -> key;
            case "doesnotexist" -> "!" + key;
            default -> throw new IllegalArgumentException("label selector operator \"" + requirement.getOperator()
                    + "\" of key " + key + " is not one of In, NotIn, Exists, DoesNotExist");
        };
    }
}
