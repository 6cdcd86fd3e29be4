package io.velerojava.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.velerojava.api.v1.Backup;
import io.velerojava.api.v1.BackupStorageLocation;
import io.velerojava.api.v1.Restore;
import io.velerojava.api.v1.Schedule;
import io.velerojava.api.v1.VolumeSnapshotLocation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every Velero example of the seed document survives YAML -> Java type -> JSON with no field changed or lost. */
class SeedRoundTripTest {

    private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

    static Stream<Arguments> seeds() {
        return Stream.of(
                Arguments.of("backup.yaml", Backup.class),
                Arguments.of("restore.yaml", Restore.class),
                Arguments.of("schedule.yaml", Schedule.class),
                Arguments.of("backupstoragelocation.yaml", BackupStorageLocation.class),
                Arguments.of("volumesnapshotlocation.yaml", VolumeSnapshotLocation.class));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void roundTripsUnchanged(String file, Class<? extends HasMetadata> kind) throws IOException {
        String yaml = seed(file);

        HasMetadata typed = SERIALIZATION.unmarshal(yaml, kind);
        JsonNode written = SERIALIZATION.convertValue(typed, JsonNode.class);

        assertThat(typed).isInstanceOf(kind);
        assertThat(written).isEqualTo(asTree(yaml));
    }

    static String seed(String file) throws IOException {
        try (InputStream in = SeedRoundTripTest.class.getResourceAsStream("/seeds/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static JsonNode asTree(String yaml) {
        return SERIALIZATION.convertValue(SERIALIZATION.unmarshal(yaml, Map.class), JsonNode.class);
    }
}
