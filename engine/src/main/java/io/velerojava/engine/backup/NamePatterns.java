package io.velerojava.engine.backup;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;

/**
 * A list of glob patterns as Velero's filters take them: {@code *}, {@code ?}, {@code [abc]} and {@code {a,b}}.
 * The JDK's glob syntax is exactly that set, and object names contain no {@code /}, so it is used as is.
 */
final class NamePatterns {

    private final List<PathMatcher> matchers;
    private final boolean matchesEverything;

    private NamePatterns(List<String> patterns) {
        this.matchers = patterns.stream()
                .map(pattern -> FileSystems.getDefault().getPathMatcher("glob:" + pattern))
                .toList();
        this.matchesEverything = patterns.contains("*");
    }

    static NamePatterns of(List<String> patterns) {
        return new NamePatterns(patterns == null ? List.of() : patterns.stream().map(String::strip)
                .filter(pattern -> !pattern.isEmpty()).toList());
    }

    boolean isEmpty() {
        return matchers.isEmpty();
    }

    /** True when the list holds {@code *}. */
    boolean matchesEverything() {
        return matchesEverything;
    }

    boolean matches(String name) {
        if (matchesEverything) {
            return true;
        }
        Path path = Path.of(name);
        return matchers.stream().anyMatch(matcher -> matcher.matches(path));
    }
}
