package io.velerojava.engine.restore.modifier;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.zjsonpatch.Operation;
import io.velerojava.engine.filter.GlobPattern;
import io.velerojava.engine.filter.IncludeExcludeList;
import io.velerojava.engine.filter.LabelSelectorMatcher;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Reads the YAML document of a resource-modifier ConfigMap strictly, as Velero does (unknown fields are errors),
 * and checks up front what Velero only finds out item by item (regular expressions, label selectors, patch data),
 * so a broken rule fails the restore's validation instead of its items. Errors name the offending field.
 */
final class ResourceModifierParser {

    private static final YAMLMapper YAML = new YAMLMapper();
    private static final Set<String> DOCUMENT_FIELDS = Set.of("version", "resourceModifierRules");
    private static final Set<String> RULE_FIELDS = Set.of("conditions", "patches", "mergePatches", "strategicPatches");
    private static final Set<String> CONDITION_FIELDS = Set.of("groupResource", "resourceNameRegex", "namespaces",
            "labelSelector", "matches");
    private static final Set<String> MATCH_FIELDS = Set.of("path", "value");
    private static final Set<String> JSON_PATCH_FIELDS = Set.of("operation", "path", "value", "from");
    private static final Set<String> PATCH_DATA_FIELDS = Set.of("patchData");
    private static final Set<String> SELECTOR_OPERATORS = Set.of("In", "NotIn", "Exists", "DoesNotExist");

    private ResourceModifierParser() {
    }

    static List<ResourceModifierRule> parse(String document) throws InvalidResourceModifiersException {
        JsonNode root;
        try {
            root = YAML.readTree(document);
        } catch (JsonProcessingException e) {
            throw new InvalidResourceModifiersException("not valid YAML: " + e.getOriginalMessage());
        }
        try {
            ObjectNode object = object(root, "the document", DOCUMENT_FIELDS);
            String version = text(object.get("version"), "version");
            if (!version.equalsIgnoreCase("v1")) {
                throw new InvalidResourceModifiersException("unsupported resource modifier version \"" + version
                        + "\"; the only version is v1");
            }
            List<JsonNode> rules = list(object.get("resourceModifierRules"), "resourceModifierRules");
            if (rules.isEmpty()) {
                throw new InvalidResourceModifiersException("resourceModifierRules: must have at least one rule");
            }
            List<ResourceModifierRule> parsed = new ArrayList<>();
            for (int i = 0; i < rules.size(); i++) {
                parsed.add(rule(i + 1, rules.get(i), "resourceModifierRules[" + i + "]"));
            }
            return parsed;
        } catch (IllegalArgumentException e) {
            throw new InvalidResourceModifiersException(e.getMessage());
        }
    }

    private static ResourceModifierRule rule(int number, JsonNode node, String at)
            throws InvalidResourceModifiersException {
        ObjectNode rule = object(node, at, RULE_FIELDS);
        Conditions conditions = conditions(rule.get("conditions"), at + ".conditions");
        List<String> kinds = RULE_FIELDS.stream().filter(field -> !field.equals("conditions"))
                .filter(field -> rule.has(field) && !list(rule.get(field), at + "." + field).isEmpty()).toList();
        if (kinds.size() != 1) {
            throw new InvalidResourceModifiersException(at + ": " + (kinds.isEmpty()
                    ? "has nothing to apply; give patches, mergePatches or strategicPatches"
                    : "only one of patches, mergePatches, strategicPatches can be specified, found " + kinds));
        }
        String kind = kinds.get(0);
        List<JsonNode> entries = list(rule.get(kind), at + "." + kind);
        ItemPatch patch = switch (kind) {
            case "patches" -> jsonPatch(entries, at + ".patches");
            case "mergePatches" -> new JsonMergePatch(patchData(entries, at + ".mergePatches", false));
            default -> new StrategicMergePatch(patchData(entries, at + ".strategicPatches", true));
        };
        return new ResourceModifierRule(number, conditions, patch);
    }

    private static Conditions conditions(JsonNode node, String at) throws InvalidResourceModifiersException {
        ObjectNode conditions = object(node, at, CONDITION_FIELDS);
        String groupResource = text(conditions.get("groupResource"), at + ".groupResource");
        if (groupResource.isBlank()) {
            throw new InvalidResourceModifiersException(at + ".groupResource: required, such as"
                    + " persistentvolumeclaims or deployments.apps");
        }
        Optional<Pattern> nameRegex = Optional.empty();
        if (conditions.hasNonNull("resourceNameRegex")) {
            String regex = text(conditions.get("resourceNameRegex"), at + ".resourceNameRegex");
            try {
                nameRegex = regex.isEmpty() ? Optional.empty() : Optional.of(Pattern.compile(regex));
            } catch (PatternSyntaxException e) {
                throw new InvalidResourceModifiersException(at + ".resourceNameRegex: not a valid regular"
                        + " expression: " + e.getDescription());
            }
        }
        List<String> namespaces = new ArrayList<>();
        for (JsonNode namespace : list(conditions.get("namespaces"), at + ".namespaces")) {
            namespaces.add(text(namespace, at + ".namespaces[]"));
        }
        List<Conditions.Match> matches = new ArrayList<>();
        List<JsonNode> matchNodes = list(conditions.get("matches"), at + ".matches");
        for (int i = 0; i < matchNodes.size(); i++) {
            String matchAt = at + ".matches[" + i + "]";
            ObjectNode match = object(matchNodes.get(i), matchAt, MATCH_FIELDS);
            matches.add(new Conditions.Match(pointer(match.get("path"), matchAt + ".path"),
                    value(match.get("value"), matchAt + ".value")));
        }
        return new Conditions(GlobPattern.ofDotSeparated(groupResource.toLowerCase(Locale.ROOT)), nameRegex,
                IncludeExcludeList.of(namespaces, List.of()), labelSelector(conditions.get("labelSelector"),
                at + ".labelSelector"), matches);
    }

    private static Optional<LabelSelectorMatcher> labelSelector(JsonNode node, String at)
            throws InvalidResourceModifiersException {
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        object(node, at, Set.of("matchLabels", "matchExpressions"));
        LabelSelector selector;
        try {
            selector = YAML.convertValue(node, LabelSelector.class);
        } catch (IllegalArgumentException e) {
            throw new InvalidResourceModifiersException(at + ": not a label selector: " + e.getMessage());
        }
        if (selector.getMatchExpressions() != null) {
            for (var requirement : selector.getMatchExpressions()) {
                if (!SELECTOR_OPERATORS.contains(requirement.getOperator())) {
                    throw new InvalidResourceModifiersException(at + ": operator \"" + requirement.getOperator()
                            + "\" is not one of In, NotIn, Exists, DoesNotExist");
                }
            }
        }
        return Optional.of(new LabelSelectorMatcher(selector));
    }

    private static JsonPatch jsonPatch(List<JsonNode> entries, String at) throws InvalidResourceModifiersException {
        List<JsonPatch.Op> operations = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            String opAt = at + "[" + i + "]";
            ObjectNode entry = object(entries.get(i), opAt, JSON_PATCH_FIELDS);
            String name = text(entry.get("operation"), opAt + ".operation").toLowerCase(Locale.ROOT);
            Operation operation = switch (name) {
                case "add", "remove", "replace", "move", "copy", "test" -> Operation.fromRfcName(name);
                default -> throw new InvalidResourceModifiersException(opAt + ".operation: \"" + name
                        + "\" is not one of add, remove, replace, move, copy, test");
            };
            String path = pointer(entry.get("path"), opAt + ".path");
            Optional<String> from = Optional.empty();
            if (operation == Operation.MOVE || operation == Operation.COPY) {
                from = Optional.of(pointer(entry.get("from"), opAt + ".from"));
            }
            Optional<JsonNode> value = Optional.empty();
            if (operation == Operation.ADD || operation == Operation.REPLACE || operation == Operation.TEST) {
                value = Optional.of(value(entry.get("value"), opAt + ".value"));
            }
            operations.add(new JsonPatch.Op(operation, path, from, value));
        }
        return new JsonPatch(operations);
    }

    /** The {@code patchData} of merge or strategic patches: a YAML or JSON object, in a string. */
    private static List<ObjectNode> patchData(List<JsonNode> entries, String at, boolean strategic)
            throws InvalidResourceModifiersException {
        List<ObjectNode> patches = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            String dataAt = at + "[" + i + "].patchData";
            ObjectNode entry = object(entries.get(i), at + "[" + i + "]", PATCH_DATA_FIELDS);
            String data = text(entry.get("patchData"), dataAt);
            JsonNode patch;
            try {
                patch = YAML.readTree(data);
            } catch (JsonProcessingException e) {
                throw new InvalidResourceModifiersException(dataAt + ": not valid YAML or JSON: "
                        + e.getOriginalMessage());
            }
            if (!(patch instanceof ObjectNode object)) {
                throw new InvalidResourceModifiersException(dataAt + ": must be a YAML or JSON object");
            }
            if (strategic) {
                Optional<String> unsupported = StrategicMergePatch.unsupportedDirective(object);
                if (unsupported.isPresent()) {
                    throw new InvalidResourceModifiersException(dataAt + ": " + unsupported.get());
                }
            }
            patches.add(object);
        }
        return patches;
    }

    /**
     * A rule's {@code value}: Velero reads it as a string (see {@link PatchValue}); other YAML scalars are taken
     * by their text, and a YAML object or list as that JSON value.
     */
    private static JsonNode value(JsonNode node, String at) throws InvalidResourceModifiersException {
        if (node == null || node.isNull()) {
            return PatchValue.of("");
        }
        if (node.isContainerNode()) {
            return node;
        }
        try {
            return PatchValue.of(node.asText());
        } catch (IllegalArgumentException e) {
            throw new InvalidResourceModifiersException(at + ": " + e.getMessage());
        }
    }

    private static String pointer(JsonNode node, String at) throws InvalidResourceModifiersException {
        String path = text(node, at);
        if (path.isEmpty()) {
            throw new InvalidResourceModifiersException(at + ": required, a JSON pointer such as /spec/replicas");
        }
        if (!path.startsWith("/")) {
            throw new InvalidResourceModifiersException(at + ": \"" + path + "\" is not a JSON pointer; it must"
                    + " start with /, such as /spec/replicas");
        }
        return path;
    }

    private static ObjectNode object(JsonNode node, String at, Set<String> fields)
            throws InvalidResourceModifiersException {
        if (!(node instanceof ObjectNode object)) {
            throw new InvalidResourceModifiersException(at + ": must be a mapping");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
            String field = it.next().getKey();
            if (!fields.contains(field)) {
                throw new InvalidResourceModifiersException(at + ": unknown field \"" + field + "\"; known fields: "
                        + fields.stream().sorted().toList());
            }
        }
        return object;
    }

    private static List<JsonNode> list(JsonNode node, String at) {
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            throw new IllegalArgumentException(at + ": must be a list");
        }
        List<JsonNode> elements = new ArrayList<>();
        node.forEach(elements::add);
        return elements;
    }

    private static String text(JsonNode node, String at) throws InvalidResourceModifiersException {
        if (node == null || node.isNull()) {
            return "";
        }
        if (!node.isValueNode()) {
            throw new InvalidResourceModifiersException(at + ": must be a string");
        }
        return node.asText();
    }
}
