package io.velerojava.api;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.fabric8.crd.generator.annotation.SchemaFrom;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Base of every spec, status and nested object of the velero.io API.
 *
 * <p>It keeps the JSON fields this version does not know (a newer Velero may have added them), so that reading an
 * object and writing it back never drops them. Equality is equality of the JSON form, which is what the API server
 * stores. Only fields are serialized (getters are ignored), and null fields are omitted as Go's {@code omitempty}
 * does.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE)
public abstract class ForwardCompatible {

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    /** Not part of the CRD schema: the fields a newer Velero adds are unknown here. */
    @JsonAnyGetter
    @JsonAnySetter
    @SchemaFrom(type = void.class)
    private final Map<String, Object> unknownFields = new LinkedHashMap<>();

    /** Fields read from JSON that this version has no property for, in the order they were read. */
    public Map<String, Object> getUnknownFields() {
        return Collections.unmodifiableMap(unknownFields);
    }

    @Override
    public boolean equals(Object other) {
        return other != null && other.getClass() == getClass()
                && toJsonTree().equals(((ForwardCompatible) other).toJsonTree());
    }

    @Override
    public int hashCode() {
        return toJsonTree().hashCode();
    }

    @Override
    public String toString() {
        try {
            return getClass().getSimpleName() + JSON.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot render " + getClass().getSimpleName() + " as JSON", e);
        }
    }

    private JsonNode toJsonTree() {
        return JSON.valueToTree(this);
    }
}
