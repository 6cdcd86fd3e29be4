package io.velerojava.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.velerojava.api.v1.Backup;
import io.velerojava.api.v1.BackupPhase;
import io.velerojava.api.v1.BackupStorageLocation;
import io.velerojava.api.v1.BackupStorageLocationAccessMode;
import org.junit.jupiter.api.Test;

/** Objects written by a newer Velero (new fields, new enum values, odd durations) are read and written back intact. */
class ForwardCompatibilityTest {

    private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

    @Test
    void unknownFieldsAndValuesSurviveAReadModifyWrite() {
        String json = """
                {"apiVersion":"velero.io/v1","kind":"Backup","metadata":{"name":"b","namespace":"velero"},
                 "spec":{"ttl":"3 days","futureFilter":{"mode":"strict"},
                         "hooks":{"resources":[{"name":"h","pre":[{"exec":{"command":["true"],"onError":"Retry"}}],
                                                "futureHookField":1}]}},
                 "status":{"phase":"Hibernating","futureCounter":7}}
                """;

        Backup backup = SERIALIZATION.unmarshal(json, Backup.class);
        backup.getSpec().setStorageLocation("default");
        JsonNode written = SERIALIZATION.convertValue(backup, JsonNode.class);

        JsonNode expected = SERIALIZATION.unmarshal(json, JsonNode.class);
        ((com.fasterxml.jackson.databind.node.ObjectNode) expected.get("spec")).put("storageLocation", "default");
        assertThat(written).isEqualTo(expected);
        assertThat(backup.getStatus().getPhase()).isEqualTo(BackupPhase.of("Hibernating"));
        assertThat(backup.getStatus().getPhase().isKnown()).isFalse();
        assertThat(backup.getSpec().getTtl().isValid()).isFalse();
        assertThat(backup.getSpec().getUnknownFields()).containsKey("futureFilter");
    }

    @Test
    void knownEnumValuesAreTheExactVeleroStrings() {
        BackupStorageLocation bsl = SERIALIZATION.unmarshal("""
                {"apiVersion":"velero.io/v1","kind":"BackupStorageLocation","metadata":{"name":"x"},
                 "spec":{"provider":"aws","objectStorage":{"bucket":"b"},"accessMode":"ReadOnly"}}
                """, BackupStorageLocation.class);

        assertThat(bsl.getSpec().getAccessMode()).isEqualTo(BackupStorageLocationAccessMode.READ_ONLY);
        assertThat(BackupPhase.PARTIALLY_FAILED.value()).isEqualTo("PartiallyFailed");
        assertThat(BackupPhase.WAITING_FOR_PLUGIN_OPERATIONS_PARTIALLY_FAILED.value())
                .isEqualTo("WaitingForPluginOperationsPartiallyFailed");
        assertThat(SERIALIZATION.asJson(BackupPhase.FAILED_VALIDATION)).isEqualTo("\"FailedValidation\"");
    }

    @Test
    void equalityIsEqualityOfTheJson() {
        Backup first = SERIALIZATION.unmarshal("{\"apiVersion\":\"velero.io/v1\",\"kind\":\"Backup\",\"spec\":{\"ttl\":\"1h\"}}", Backup.class);
        Backup second = SERIALIZATION.unmarshal("{\"apiVersion\":\"velero.io/v1\",\"kind\":\"Backup\",\"spec\":{\"ttl\":\"60m\"}}", Backup.class);

        assertThat(first.getSpec()).isEqualTo(second.getSpec()).hasSameHashCodeAs(second.getSpec());
        second.getSpec().setSnapshotVolumes(false);
        assertThat(first.getSpec()).isNotEqualTo(second.getSpec());
    }
}
