package io.velerojava.engine.filter;

import java.util.regex.Pattern;

/**
 * A shell glob as Velero's include/exclude lists use them: {@code *}, {@code ?}, {@code [..]} and {@code {a,b}}.
 */
public record GlobPattern(String glob, Pattern regex) {

    public static GlobPattern of(String glob) {
        return of(glob, false);
    }

    /**
     * A glob over dot-separated names whose {@code *} and {@code ?} stay within one segment and whose {@code **}
     * spans segments, as gobwas/glob compiles with the separator {@code .} (Velero's resource-modifier
     * {@code groupResource}: {@code *.apps} matches {@code deployments.apps}, {@code *} only core resources).
     */
    public static GlobPattern ofDotSeparated(String glob) {
        return of(glob, true);
    }

    private static GlobPattern of(String glob, boolean dotSeparated) {
        StringBuilder regex = new StringBuilder();
        boolean inAlternatives = false;
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            switch (c) {
                case '*' -> {
                    if (!dotSeparated) {
                        regex.append(".*");
                    } else if (i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
                        regex.append(".*");
                        i++;
                    } else {
                        regex.append("[^.]*");
                    }
                }
                case '?' -> regex.append(dotSeparated ? "[^.]" : ".");
                case '[' -> {
                    int end = glob.indexOf(']', i + 1);
                    if (end < 0) {
                        regex.append("\\[");
                    } else {
                        String set = glob.substring(i + 1, end);
                        regex.append('[').append(set.startsWith("!") ? "^" + quoteSet(set.substring(1))
                                : quoteSet(set)).append(']');
                        i = end;
                    }
                }
                case '{' -> {
                    inAlternatives = true;
                    regex.append("(?:");
                }
                case '}' -> {
                    if (inAlternatives) {
                        inAlternatives = false;
                        regex.append(')');
                    } else {
                        regex.append("\\}");
                    }
                }
                case ',' -> regex.append(inAlternatives ? "|" : ",");
                default -> regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return new GlobPattern(glob, Pattern.compile(regex.toString()));
    }

    public boolean matches(String value) {
        return regex.matcher(value).matches();
    }

    private static String quoteSet(String set) {
        return set.replace("\\", "\\\\").replace("[", "\\[");
    }
}
