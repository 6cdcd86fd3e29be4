package io.velerojava.api.validation;

import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.LabelSelectorRequirement;
import java.util.List;
import java.util.Set;

/** Label selectors: well-formed requirements, and never {@code labelSelector} together with {@code orLabelSelectors}. */
final class SelectorRules {

    private static final Set<String> WITH_VALUES = Set.of("In", "NotIn");
    private static final Set<String> WITHOUT_VALUES = Set.of("Exists", "DoesNotExist");

    private SelectorRules() {
    }

    static void checkSelectors(FieldErrors errors, String prefix, LabelSelector selector, List<LabelSelector> orSelectors) {
        if (selector != null && orSelectors != null && !orSelectors.isEmpty()) {
            errors.add(prefix + ".labelSelector", "cannot be combined with " + prefix
                    + ".orLabelSelectors; move it into orLabelSelectors as one more alternative");
        }
        checkSelector(errors, prefix + ".labelSelector", selector);
        if (orSelectors != null) {
            for (int i = 0; i < orSelectors.size(); i++) {
                checkSelector(errors, prefix + ".orLabelSelectors[" + i + "]", orSelectors.get(i));
            }
        }
    }

    static void checkSelector(FieldErrors errors, String path, LabelSelector selector) {
        if (selector == null || selector.getMatchExpressions() == null) {
            return;
        }
        List<LabelSelectorRequirement> requirements = selector.getMatchExpressions();
        for (int i = 0; i < requirements.size(); i++) {
            String at = path + ".matchExpressions[" + i + "]";
            LabelSelectorRequirement requirement = requirements.get(i);
            errors.requireText(at + ".key", requirement.getKey(), "");
            String operator = requirement.getOperator();
            boolean hasValues = requirement.getValues() != null && !requirement.getValues().isEmpty();
            if (WITH_VALUES.contains(operator)) {
                if (!hasValues) {
                    errors.add(at + ".values", "must not be empty for operator " + operator);
                }
            } else if (WITHOUT_VALUES.contains(operator)) {
                if (hasValues) {
                    errors.add(at + ".values", "must be empty for operator " + operator);
                }
            } else {
                errors.add(at + ".operator", "\"" + operator + "\" is not one of In, NotIn, Exists, DoesNotExist");
            }
        }
    }
}
