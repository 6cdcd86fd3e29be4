package io.velerojava.api.validation;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * {@code spec.orderedResources}: keys are resource types by plural name ({@code pods}) or plural and group
 * ({@code deployments.apps}); values are comma lists of {@code namespace/name}, or {@code name} for cluster-scoped
 * types. Velero silently never matches a malformed entry (a space after a comma, a stray slash); here it is an
 * error that names it.
 */
final class OrderedResourcesRules {

    private static final Pattern RESOURCE =
            Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*");

    private OrderedResourcesRules() {
    }

    static void check(FieldErrors errors, String path, Map<String, String> orderedResources) {
        if (orderedResources == null) {
            return;
        }
        orderedResources.forEach((resource, items) -> {
            String at = path + "[" + resource + "]";
            if (resource == null || !RESOURCE.matcher(resource).matches()) {
                errors.add(at, "\"" + resource + "\" is not a resource name; use the plural, such as pods or "
                        + "deployments.apps");
            }
            if (items == null || items.isEmpty()) {
                errors.add(at, "must list at least one item, as namespace/name or name for a cluster-scoped "
                        + "resource");
                return;
            }
            String[] entries = items.split(",", -1);
            for (String entry : entries) {
                checkEntry(errors, at, entry);
            }
        });
    }

    private static void checkEntry(FieldErrors errors, String at, String entry) {
        if (entry.isEmpty()) {
            errors.add(at, "has an empty entry (a comma at an end, or two together)");
        } else if (!entry.strip().equals(entry) || entry.chars().anyMatch(Character::isWhitespace)) {
            errors.add(at, "entry \"" + entry + "\" contains a space; separate entries with commas only");
        } else {
            int slash = entry.indexOf('/');
            boolean wellFormed = slash < 0
                    || (slash > 0 && slash < entry.length() - 1 && entry.indexOf('/', slash + 1) < 0);
            if (!wellFormed) {
                errors.add(at, "entry \"" + entry + "\" must be namespace/name, or name for a cluster-scoped "
                        + "resource");
            }
        }
    }
}
