package io.velerojava.cli.backup;

import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.LabelSelectorRequirement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;

/**
 * A label selector as Kubernetes' {@code metav1.FormatLabelSelector} prints it, which is how Velero's table and
 * describer show selectors: {@code app=web,tier in (a,b),!legacy}, or {@code <none>} for an empty one.
 */
final class LabelSelectorText {

    private LabelSelectorText() {
    }

    static String of(LabelSelector selector) {
        List<String> terms = new ArrayList<>();
        if (selector.getMatchLabels() != null) {
            new TreeMap<>(selector.getMatchLabels()).forEach((key, value) -> terms.add(key + "=" + value));
        }
        if (selector.getMatchExpressions() != null) {
            selector.getMatchExpressions().forEach(requirement -> terms.add(term(requirement)));
        }
        return terms.isEmpty() ? "<none>" : String.join(",", terms);
    }

    private static String term(LabelSelectorRequirement requirement) {
        String key = requirement.getKey();
        String values = requirement.getValues() == null ? "" : String.join(",", requirement.getValues());
        return switch (requirement.getOperator() == null ? "" : requirement.getOperator().toLowerCase(Locale.ROOT)) {
            case "in" -> key + " in (" + values + ")";
            case "notin" -> key + " notin (" + values + ")";
            case "exists" -> key;
            case "doesnotexist" -> "!" + key;
            default -> key + " " + requirement.getOperator() + " (" + values + ")";
        };
    }
}
