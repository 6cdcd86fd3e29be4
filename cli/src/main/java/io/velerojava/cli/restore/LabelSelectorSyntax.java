package io.velerojava.cli.restore;

import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.LabelSelectorBuilder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses label selectors as {@code kubectl -l} writes them ({@code app=web,tier in (db,cache),!canary}) into the
 * structured form the API stores, and {@code --or-selector} lists joined by {@code " or "}.
 */
final class LabelSelectorSyntax {

    private static final Pattern SET_REQUIREMENT = Pattern.compile("^\\s*(\\S+)\\s+(in|notin)\\s*\\(([^)]*)\\)\\s*$");

    private LabelSelectorSyntax() {
    }

    static LabelSelector parse(String selector) {
        LabelSelectorBuilder builder = new LabelSelectorBuilder();
        for (String requirement : splitRequirements(selector)) {
            String text = requirement.trim();
            if (text.isEmpty()) {
                continue;
            }
            Matcher set = SET_REQUIREMENT.matcher(text);
            if (set.matches()) {
                List<String> values = Arrays.stream(set.group(3).split(",")).map(String::trim)
                        .filter(value -> !value.isEmpty()).toList();
                builder.addNewMatchExpression().withKey(set.group(1))
                        .withOperator(set.group(2).equals("in") ? "In" : "NotIn").withValues(values)
                        .endMatchExpression();
            } else if (text.contains("!=")) {
                String[] parts = text.split("!=", 2);
                builder.addNewMatchExpression().withKey(parts[0].trim()).withOperator("NotIn")
                        .withValues(parts[1].trim()).endMatchExpression();
            } else if (text.contains("=")) {
                String[] parts = text.split("==?", 2);
                builder.addToMatchLabels(parts[0].trim(), parts[1].trim());
            } else if (text.startsWith("!")) {
                builder.addNewMatchExpression().withKey(text.substring(1).trim()).withOperator("DoesNotExist")
                        .endMatchExpression();
            } else if (text.matches("[A-Za-z0-9./_-]+")) {
                builder.addNewMatchExpression().withKey(text).withOperator("Exists").endMatchExpression();
            } else {
                throw new IllegalArgumentException("invalid label selector requirement \"" + text
                        + "\"; use key=value, key!=value, key in (a,b), key notin (a,b), key or !key");
            }
        }
        return builder.build();
    }

    /** {@code "app=web or tier=db"}: one selector per alternative. */
    static List<LabelSelector> parseAlternatives(String selectors) {
        return Arrays.stream(selectors.split(" or ")).map(String::trim).filter(s -> !s.isEmpty())
                .map(LabelSelectorSyntax::parse).toList();
    }

    /** Splits at commas outside parentheses. */
    private static List<String> splitRequirements(String selector) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < selector.length(); i++) {
            char c = selector.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == ',' && depth == 0) {
                parts.add(selector.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(selector.substring(start));
        return parts;
    }
}
