package io.velerojava.engine.restore.modifier;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The JSON value a rule's string {@code value} stands for, as Velero reads it: {@code null}, booleans, numbers,
 * objects and arrays are taken as JSON; a value wrapped in double quotes is the string inside them (so
 * {@code "\"true\""} is the string {@code true}); anything else is a string.
 */
final class PatchValue {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
    private static final Pattern JSON_NUMBER = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");

    private PatchValue() {
    }

    /** @throws IllegalArgumentException if the value starts like a JSON object or array but is not valid JSON */
    static JsonNode of(String value) {
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            return TextNode.valueOf(value.substring(1, value.length() - 1));
        }
        if (value.equals("null")) {
            return NullNode.getInstance();
        }
        String lower = value.toLowerCase(Locale.ROOT);
        if (lower.equals("true") || lower.equals("false")) {
            return BooleanNode.valueOf(lower.equals("true"));
        }
        if (value.startsWith("{") || value.startsWith("[")) {
            try {
                return JSON.readTree(value);
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException("value " + value + " looks like a JSON object or array but is not"
                        + " valid JSON: " + e.getOriginalMessage());
            }
        }
        if (JSON_NUMBER.matcher(value).matches()) {
            try {
                return JSON.readTree(value);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("a JSON number always parses", e);
            }
        }
        return TextNode.valueOf(value);
    }
}
