package io.velerojava.engine.backup;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The warnings and errors of a backup as Velero's {@code <backup>-results.gz} holds them:
 * {@code {"warnings": Result, "errors": Result}} with {@code Result = {"velero": [..], "cluster": [..],
 * "namespaces": {ns: [..]}}}; empty parts are left out, as Go's {@code omitempty} does.
 */
public final class BackupResults {

    @JsonProperty("warnings")
    private final Result warnings = new Result();

    @JsonProperty("errors")
    private final Result errors = new Result();

    synchronized void addWarning(ResultScope scope, String message) {
        warnings.add(scope, message);
    }

    synchronized void addError(ResultScope scope, String message) {
        errors.add(scope, message);
    }

    public synchronized int warningCount() {
        return warnings.count();
    }

    public synchronized int errorCount() {
        return errors.count();
    }

    /** Every error message, in the order they happened per scope; for failure reasons and the CLI. */
    public synchronized List<String> errorMessages() {
        return errors.all();
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    static final class Result {

        @JsonProperty("velero")
        private final List<String> velero = new ArrayList<>();

        @JsonProperty("cluster")
        private final List<String> cluster = new ArrayList<>();

        @JsonProperty("namespaces")
        private final Map<String, List<String>> namespaces = new TreeMap<>();

        void add(ResultScope scope, String message) {
            switch (scope.kind()) {
                case VELERO -> velero.add(message);
                case CLUSTER -> cluster.add(message);
                case NAMESPACE -> namespaces.computeIfAbsent(scope.namespace().orElseThrow(), ns -> new ArrayList<>())
                        .add(message);
            }
        }

        int count() {
            return velero.size() + cluster.size() + namespaces.values().stream().mapToInt(List::size).sum();
        }

        List<String> all() {
            List<String> all = new ArrayList<>(velero);
            all.addAll(cluster);
            namespaces.values().forEach(all::addAll);
            return all;
        }
    }
}
