package io.velerojava.engine.restore;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RestoreResultsTest {

    @Test
    void writesVelerosShapeLeavingOutEmptyGroups() {
        ScopedMessagesCollector warnings = new ScopedMessagesCollector();
        warnings.addForItem(Optional.of("app"), "could not restore, ConfigMap \"c\" already exists");
        warnings.addForItem(Optional.empty(), "cluster warning");
        ScopedMessagesCollector errors = new ScopedMessagesCollector();
        errors.addVelero("backup tarball is corrupt");

        RestoreResults results = new RestoreResults(warnings.snapshot(), errors.snapshot());

        assertThat(new String(results.toJson(), StandardCharsets.UTF_8)).isEqualTo("{\"errors\":{\"velero\":"
                + "[\"backup tarball is corrupt\"]},\"warnings\":{\"cluster\":[\"cluster warning\"],\"namespaces\":"
                + "{\"app\":[\"could not restore, ConfigMap \\\"c\\\" already exists\"]}}}");
        assertThat(results.warnings().count()).isEqualTo(2);
    }

    @Test
    void readsVeleroResultsIncludingUnknownFieldsAndMissingGroups() throws Exception {
        String velero = "{\"warnings\":{\"namespaces\":{\"ns\":[\"w\"]},\"future\":1},\"errors\":{}}";

        RestoreResults results = RestoreResults.fromJson(
                new ByteArrayInputStream(velero.getBytes(StandardCharsets.UTF_8)));

        assertThat(results.warnings().namespaces()).containsEntry("ns", java.util.List.of("w"));
        assertThat(results.errors().isEmpty()).isTrue();
    }
}
