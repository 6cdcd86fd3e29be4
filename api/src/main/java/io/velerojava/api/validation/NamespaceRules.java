package io.velerojava.api.validation;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Namespace names and glob patterns ({@code *}, {@code ?}, {@code [abc]}, {@code {a,b}}) as Velero 1.18 accepts them:
 * the pattern must be well formed, and what remains after replacing each wildcard by a letter must be a valid
 * namespace name (DNS-1123 label).
 */
final class NamespaceRules {

    private static final Pattern DNS_LABEL = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?");
    private static final int MAX_LENGTH = 63;
    private static final String NAME_RULE = "a namespace must be lower-case letters, digits and '-', start and end "
            + "with a letter or digit, and be at most 63 characters";

    private NamespaceRules() {
    }

    static void checkIncludesExcludes(FieldErrors errors, String includesPath, List<String> includes,
                                      String excludesPath, List<String> excludes) {
        IncludeExcludeRules.checkWildcardAlone(errors, includesPath, includes);
        if (excludes != null && excludes.contains(IncludeExcludeRules.WILDCARD)) {
            errors.add(excludesPath, "\"*\" is not allowed in an exclude list; list the namespaces to exclude");
        }
        checkPatterns(errors, includesPath, includes);
        checkPatterns(errors, excludesPath, excludes);
        IncludeExcludeRules.checkDisjoint(errors, includesPath, includes, excludesPath, excludes);
    }

    static void checkPatterns(FieldErrors errors, String path, List<String> patterns) {
        if (patterns == null) {
            return;
        }
        for (int i = 0; i < patterns.size(); i++) {
            String pattern = patterns.get(i);
            if (pattern == null || pattern.isBlank()) {
                errors.add(path + "[" + i + "]", "empty entry");
            } else if (!pattern.equals(IncludeExcludeRules.WILDCARD)) {
                checkPattern(errors, path + "[" + i + "]", pattern);
            }
        }
    }

    /** A plain namespace name, no wildcards (namespace mappings). */
    static void checkName(FieldErrors errors, String path, String name) {
        if (name == null || name.length() > MAX_LENGTH || !DNS_LABEL.matcher(name).matches()) {
            errors.add(path, "invalid namespace \"" + name + "\"; " + NAME_RULE);
        }
    }

    static void checkNamespaceMapping(FieldErrors errors, String path, Map<String, String> mapping) {
        if (mapping == null) {
            return;
        }
        mapping.forEach((source, target) -> {
            checkName(errors, path + "[\"" + source + "\"]", source);
            checkName(errors, path + "[\"" + source + "\"]", target);
        });
    }

    private static void checkPattern(FieldErrors errors, String path, String pattern) {
        StringBuilder literal = new StringBuilder();
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            if (c == '*' || c == '?') {
                literal.append('x');
                i++;
            } else if (c == '[' || c == '{') {
                char close = c == '[' ? ']' : '}';
                int end = pattern.indexOf(close, i + 1);
                if (end < 0) {
                    errors.add(path, "invalid pattern \"" + pattern + "\": \"" + c + "\" is never closed");
                    return;
                }
                String group = pattern.substring(i + 1, end);
                if (group.isEmpty() || group.indexOf('[') >= 0 || group.indexOf('{') >= 0) {
                    errors.add(path, "invalid pattern \"" + pattern + "\": \"" + c + group + close
                            + "\" must be non-empty and not nested");
                    return;
                }
                literal.append('x');
                i = end + 1;
            } else if (c == ']' || c == '}') {
                errors.add(path, "invalid pattern \"" + pattern + "\": \"" + c + "\" has no opening bracket");
                return;
            } else {
                literal.append(c);
                i++;
            }
        }
        String name = literal.toString();
        if (name.length() > MAX_LENGTH || !DNS_LABEL.matcher(name).matches()) {
            errors.add(path, "invalid namespace \"" + pattern + "\"; " + NAME_RULE + " (wildcards *, ?, [..], {a,b} allowed)");
        }
    }
}
