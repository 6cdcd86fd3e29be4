package io.velerojava.engine.restore.modifier;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ResourceModifierParserTest {

    private static final String VALID_PATCH = "  patches: [{operation: replace, path: /spec/x, value: \"1\"}]\n";

    static Stream<Arguments> malformed() {
        return Stream.of(
                Arguments.of("not YAML", "version: v1\nresourceModifierRules: [", "not valid YAML"),
                Arguments.of("wrong version", "version: v2\nresourceModifierRules: []",
                        "unsupported resource modifier version \"v2\"; the only version is v1"),
                Arguments.of("no rules", "version: v1\nresourceModifierRules: []",
                        "resourceModifierRules: must have at least one rule"),
                Arguments.of("unknown top-level field", "version: v1\nrules: []",
                        "the document: unknown field \"rules\""),
                Arguments.of("no group resource", "version: v1\nresourceModifierRules:\n- conditions: {}\n"
                        + VALID_PATCH, "resourceModifierRules[0].conditions.groupResource: required"),
                Arguments.of("unknown condition", "version: v1\nresourceModifierRules:\n- conditions:\n"
                        + "    groupResource: pods\n    name: x\n" + VALID_PATCH,
                        "resourceModifierRules[0].conditions: unknown field \"name\""),
                Arguments.of("bad regex", "version: v1\nresourceModifierRules:\n- conditions:\n"
                        + "    groupResource: pods\n    resourceNameRegex: \"([\"\n" + VALID_PATCH,
                        "resourceModifierRules[0].conditions.resourceNameRegex: not a valid regular expression"),
                Arguments.of("bad selector operator", "version: v1\nresourceModifierRules:\n- conditions:\n"
                        + "    groupResource: pods\n    labelSelector: {matchExpressions: [{key: a, operator: Is}]}\n"
                        + VALID_PATCH, "operator \"Is\" is not one of In, NotIn, Exists, DoesNotExist"),
                Arguments.of("match without path", "version: v1\nresourceModifierRules:\n- conditions:\n"
                        + "    groupResource: pods\n    matches: [{value: x}]\n" + VALID_PATCH,
                        "resourceModifierRules[0].conditions.matches[0].path: required"),
                Arguments.of("nothing to apply", "version: v1\nresourceModifierRules:\n- conditions:\n"
                        + "    groupResource: pods\n", "resourceModifierRules[0]: has nothing to apply"),
                Arguments.of("two kinds of patch", "version: v1\nresourceModifierRules:\n- conditions:\n"
                        + "    groupResource: pods\n" + VALID_PATCH + "  mergePatches: [{patchData: '{}'}]\n",
                        "only one of patches, mergePatches, strategicPatches can be specified"),
                Arguments.of("unknown operation", "version: v1\nresourceModifierRules:\n- conditions:\n"
                        + "    groupResource: pods\n  patches: [{operation: upsert, path: /a}]\n",
                        "resourceModifierRules[0].patches[0].operation: \"upsert\" is not one of add, remove"),
                Arguments.of("path that is no pointer", "version: v1\nresourceModifierRules:\n- conditions:\n"
                        + "    groupResource: pods\n  patches: [{operation: remove, path: spec.x}]\n",
                        "resourceModifierRules[0].patches[0].path: \"spec.x\" is not a JSON pointer"),
                Arguments.of("move without from", "version: v1\nresourceModifierRules:\n- conditions:\n"
                        + "    groupResource: pods\n  patches: [{operation: move, path: /a}]\n",
                        "resourceModifierRules[0].patches[0].from: required"),
                Arguments.of("broken JSON value", "version: v1\nresourceModifierRules:\n- conditions:\n"
                        + "    groupResource: pods\n  patches: [{operation: add, path: /a, value: '{\"a\":'}]\n",
                        "resourceModifierRules[0].patches[0].value: value {\"a\": looks like a JSON object"),
                Arguments.of("patch data that is no object", "version: v1\nresourceModifierRules:\n- conditions:\n"
                        + "    groupResource: pods\n  mergePatches: [{patchData: '[1]'}]\n",
                        "resourceModifierRules[0].mergePatches[0].patchData: must be a YAML or JSON object"),
                Arguments.of("unsupported strategic directive", "version: v1\nresourceModifierRules:\n"
                        + "- conditions:\n    groupResource: pods\n  strategicPatches:\n"
                        + "  - patchData: '{\"spec\": {\"$retainKeys\": [\"a\"]}}'\n",
                        "the strategic merge patch directive $retainKeys is not supported"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformed")
    void malformedRulesAreRejectedNamingTheField(String name, String document, String message) {
        assertThatThrownBy(() -> ResourceModifiers.parse(document))
                .isInstanceOf(InvalidResourceModifiersException.class)
                .hasMessageContaining(message);
    }
}
