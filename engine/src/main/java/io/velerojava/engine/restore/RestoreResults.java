package io.velerojava.engine.restore;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The warnings and errors of a restore, stored as {@code restore-<name>-results.gz} in Velero's shape
 * {@code {"warnings": Result, "errors": Result}}.
 */
public record RestoreResults(ScopedMessages warnings, ScopedMessages errors) {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, ResultJson>> FILE_TYPE = new TypeReference<>() {
    };

    public byte[] toJson() {
        Map<String, Object> file = new TreeMap<>();
        file.put("warnings", warnings.toJsonMap());
        file.put("errors", errors.toJsonMap());
        try {
            return JSON.writeValueAsBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot serialize restore results", e);
        }
    }

    /** Reads the results file written by this implementation or by Velero. */
    public static RestoreResults fromJson(InputStream json) throws IOException {
        Map<String, ResultJson> file = JSON.readValue(json, FILE_TYPE);
        return new RestoreResults(messages(file.get("warnings")), messages(file.get("errors")));
    }

    private static ScopedMessages messages(ResultJson result) {
        if (result == null) {
            return ScopedMessages.EMPTY;
        }
        return new ScopedMessages(orEmpty(result.velero()), orEmpty(result.cluster()),
                result.namespaces() == null ? new TreeMap<>() : new TreeMap<>(result.namespaces()));
    }

    private static List<String> orEmpty(List<String> messages) {
        return messages == null ? List.of() : messages;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    private record ResultJson(List<String> velero, List<String> cluster, Map<String, List<String>> namespaces) {
    }
}
