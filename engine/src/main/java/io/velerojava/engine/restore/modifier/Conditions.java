package io.velerojava.engine.restore.modifier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.velerojava.archive.GroupResource;
import io.velerojava.engine.filter.GlobPattern;
import io.velerojava.engine.filter.IncludeExcludeList;
import io.velerojava.engine.filter.LabelSelectorMatcher;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which items a rule modifies, all conditions together: the group-resource glob ({@code deployments.apps},
 * {@code *.apps}), a regular expression found in the name, the namespaces (globs; cluster-scoped items pass),
 * a label selector, and JSON-pointer paths that must hold given values.
 */
record Conditions(GlobPattern groupResource, Optional<Pattern> nameRegex, IncludeExcludeList namespaces,
                  Optional<LabelSelectorMatcher> labelSelector, List<Match> matches) {

    /** A value the item must have at a JSON pointer ({@code /spec/storageClassName}). */
    record Match(String path, JsonNode value) {
    }

    boolean appliesTo(GroupResource type) {
        return groupResource.matches(type.toString());
    }

    /** Whether the item, in its backed-up namespace, meets every condition but the group-resource one. */
    boolean matches(ObjectNode item) {
        JsonNode metadata = item.path("metadata");
        String namespace = metadata.path("namespace").asText("");
        if (!namespace.isEmpty() && !namespaces.includes(namespace)) {
            return false;
        }
        if (nameRegex.isPresent() && !nameRegex.get().matcher(metadata.path("name").asText("")).find()) {
            return false;
        }
        if (labelSelector.isPresent() && !labelSelector.get().matches(labels(metadata))) {
            return false;
        }
        return matches.stream().allMatch(match -> {
            JsonNode actual = item.at(match.path());
            return !actual.isMissingNode() && actual.equals(Conditions::compareNumbersByValue, match.value());
        });
    }

    /** Numbers equal by value, so {@code 1} matches {@code 1.0}; everything else by Jackson's equality. */
    private static int compareNumbersByValue(JsonNode a, JsonNode b) {
        if (a.isNumber() && b.isNumber()) {
            return new BigDecimal(a.asText()).compareTo(new BigDecimal(b.asText()));
        }
        return a.equals(b) ? 0 : 1;
    }

    private static Map<String, String> labels(JsonNode metadata) {
        Map<String, String> labels = new HashMap<>();
        metadata.path("labels").fields().forEachRemaining(label -> labels.put(label.getKey(), label.getValue().asText()));
        return labels;
    }
}
