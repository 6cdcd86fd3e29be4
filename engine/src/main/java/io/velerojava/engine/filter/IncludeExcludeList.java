package io.velerojava.engine.filter;

import java.util.List;

/**
 * An include and an exclude list of globs, with Velero's rules: an empty include list or {@code *} includes
 * everything, and exclusion wins.
 */
public record IncludeExcludeList(List<GlobPattern> includes, List<GlobPattern> excludes) {

    public static IncludeExcludeList of(List<String> includes, List<String> excludes) {
        return new IncludeExcludeList(globs(includes), globs(excludes));
    }

    /** Whether neither list restricts anything. */
    public boolean includesEverything() {
        return excludes.isEmpty() && (includes.isEmpty() || includes.stream().anyMatch(g -> g.glob().equals("*")));
    }

    public boolean includes(String value) {
        return includes(List.of(value));
    }

    /** Whether any of the names the value goes by is included and none is excluded. */
    public boolean includes(List<String> names) {
        if (excludes.stream().anyMatch(glob -> names.stream().anyMatch(glob::matches))) {
            return false;
        }
        return includes.isEmpty() || includes.stream().anyMatch(glob -> names.stream().anyMatch(glob::matches));
    }

    private static List<GlobPattern> globs(List<String> values) {
        return values == null ? List.of() : values.stream().map(String::trim).filter(v -> !v.isEmpty())
                .map(GlobPattern::of).toList();
    }
}
