package io.velerojava.cli;

import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.LabelSelectorBuilder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads {@code -l/--selector} values in kubectl's syntax: {@code k=v}, {@code k==v}, {@code k!=v},
 * {@code k in (a,b)}, {@code k notin (a,b)}, {@code k}, {@code !k}, joined by commas.
 */
public final class LabelSelectorConverter implements ITypeConverter<LabelSelector> {

    private static final Pattern SET = Pattern.compile("^(\\S+)\\s+(in|notin)\\s*\\(([^)]*)\\)$");
    private static final Pattern EQUALITY = Pattern.compile("^([^!=\\s]+)\\s*(==|=|!=)\\s*(\\S*)$");

    @Override
    public LabelSelector convert(String value) {
        LabelSelectorBuilder selector = new LabelSelectorBuilder();
        for (String requirement : split(value)) {
            Matcher set = SET.matcher(requirement);
            Matcher equality = EQUALITY.matcher(requirement);
            if (set.matches()) {
                selector.addNewMatchExpression().withKey(set.group(1))
                        .withOperator(set.group(2).equals("in") ? "In" : "NotIn")
                        .withValues(List.of(set.group(3).split("\\s*,\\s*"))).endMatchExpression();
            } else if (equality.matches() && !equality.group(2).equals("!=")) {
                selector.addToMatchLabels(equality.group(1), equality.group(3));
            } else if (equality.matches()) {
                selector.addNewMatchExpression().withKey(equality.group(1)).withOperator("NotIn")
                        .withValues(equality.group(3)).endMatchExpression();
            } else if (requirement.startsWith("!") && requirement.length() > 1) {
                selector.addNewMatchExpression().withKey(requirement.substring(1)).withOperator("DoesNotExist")
                        .endMatchExpression();
            } else if (requirement.matches("[^\\s=!(),]+")) {
                selector.addNewMatchExpression().withKey(requirement).withOperator("Exists").endMatchExpression();
            } else {
                throw new TypeConversionException("invalid label selector requirement \"" + requirement
                        + "\"; use key=value, key!=value, key in (a,b), key notin (a,b), key or !key");
            }
        }
        return selector.build();
    }

    /** {@code --or-selector}: {@code "app=web or tier=db"}, one selector per alternative. */
    public static List<LabelSelector> alternatives(String selectors) {
        LabelSelectorConverter converter = new LabelSelectorConverter();
        return Arrays.stream(selectors.split(" or ")).map(String::strip).filter(s -> !s.isEmpty())
                .map(converter::convert).toList();
    }

    /** Splits at commas outside parentheses. */
    private static List<String> split(String value) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        StringBuilder current = new StringBuilder();
        for (char c : value.toCharArray()) {
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            if (c == ',' && depth == 0) {
                parts.add(current.toString().strip());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        parts.add(current.toString().strip());
        return parts.stream().filter(part -> !part.isEmpty()).toList();
    }
}
