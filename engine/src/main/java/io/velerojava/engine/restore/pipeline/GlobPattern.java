package io.velerojava.engine.restore.pipeline;

import java.util.regex.Pattern;

/**
 * A shell glob as Velero's include/exclude lists use them: {@code *}, {@code ?}, {@code [..]} and {@code {a,b}}.
 */
record GlobPattern(String glob, Pattern regex) {

    static GlobPattern of(String glob) {
        StringBuilder regex = new StringBuilder();
        boolean inAlternatives = false;
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            switch (c) {
                case '*' -> regex.append(".*");
                case '?' -> regex.append('.');
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

    boolean matches(String value) {
        return regex.matcher(value).matches();
    }

    private static String quoteSet(String set) {
        return set.replace("\\", "\\\\").replace("[", "\\[");
    }
}
