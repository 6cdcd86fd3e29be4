package io.velerojava.api.validation;

import java.util.List;

/**
 * Velero's rules for include/exclude lists of resources.
 *
 * <p>{@link #checkResources} is for the "old" filters ({@code includedResources}/{@code excludedResources} and the
 * lists of hooks and restoreStatus): {@code *} is only allowed alone in includes. {@link #checkScopedResources} is
 * for the cluster-/namespace-scoped filters, where a lone {@code *} in excludes means "none of this scope".
 */
final class IncludeExcludeRules {

    static final String WILDCARD = "*";

    private IncludeExcludeRules() {
    }

    static void checkResources(FieldErrors errors, String includesPath, List<String> includes, String excludesPath,
                               List<String> excludes) {
        checkEntries(errors, includesPath, includes);
        checkEntries(errors, excludesPath, excludes);
        checkWildcardAlone(errors, includesPath, includes);
        if (excludes != null && excludes.contains(WILDCARD)) {
            errors.add(excludesPath, "\"*\" is not allowed in an exclude list; list what to exclude, or narrow "
                    + includesPath + " instead");
        }
        checkDisjoint(errors, includesPath, includes, excludesPath, excludes);
    }

    static void checkScopedResources(FieldErrors errors, String includesPath, List<String> includes,
                                     String excludesPath, List<String> excludes) {
        checkEntries(errors, includesPath, includes);
        checkEntries(errors, excludesPath, excludes);
        checkWildcardAlone(errors, includesPath, includes);
        checkWildcardAlone(errors, excludesPath, excludes);
        if (excludes != null && excludes.equals(List.of(WILDCARD)) && includes != null && !includes.isEmpty()) {
            errors.add(includesPath, "must be empty when " + excludesPath + " is \"*\"");
        }
        checkDisjoint(errors, includesPath, includes, excludesPath, excludes);
    }

    static void checkEntries(FieldErrors errors, String path, List<String> entries) {
        if (entries == null) {
            return;
        }
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i) == null || entries.get(i).isBlank()) {
                errors.add(path + "[" + i + "]", "empty entry");
            }
        }
    }

    static void checkWildcardAlone(FieldErrors errors, String path, List<String> entries) {
        if (entries != null && entries.contains(WILDCARD) && entries.size() > 1) {
            errors.add(path, "\"*\" must be the only entry");
        }
    }

    static void checkDisjoint(FieldErrors errors, String includesPath, List<String> includes, String excludesPath,
                              List<String> excludes) {
        if (includes == null || excludes == null) {
            return;
        }
        excludes.stream().filter(item -> item != null && !item.equals(WILDCARD) && includes.contains(item)).distinct()
                .forEach(item -> errors.add(excludesPath, "\"" + item + "\" is also in " + includesPath
                        + "; an item cannot be both included and excluded"));
    }
}
