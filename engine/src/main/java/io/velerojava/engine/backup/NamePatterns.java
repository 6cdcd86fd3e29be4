package io.velerojava.engine.backup;

import io.velerojava.engine.filter.GlobPattern;
import java.util.List;

/** A list of glob patterns as Velero's backup filters take them ({@link GlobPattern}), with {@code *} fast-pathed. */
final class NamePatterns {

    private final List<GlobPattern> globs;
    private final boolean matchesEverything;

    private NamePatterns(List<String> patterns) {
        this.globs = patterns.stream().map(GlobPattern::of).toList();
        this.matchesEverything = patterns.contains("*");
    }

    static NamePatterns of(List<String> patterns) {
        return new NamePatterns(patterns == null ? List.of() : patterns.stream().map(String::strip)
                .filter(pattern -> !pattern.isEmpty()).toList());
    }

    boolean isEmpty() {
        return globs.isEmpty();
    }

    /** True when the list holds {@code *}. */
    boolean matchesEverything() {
        return matchesEverything;
    }

    boolean matches(String name) {
        return matchesEverything || globs.stream().anyMatch(glob -> glob.matches(name));
    }
}
