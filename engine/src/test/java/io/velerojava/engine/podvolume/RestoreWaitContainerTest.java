package io.velerojava.engine.podvolume;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class RestoreWaitContainerTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theWaitContainerComesFirstAndMountsEveryRestoredVolume() throws Exception {
        ObjectNode pod = (ObjectNode) JSON.readTree("""
                {"spec": {"initContainers": [{"name": "restore-wait", "image": "old"}, {"name": "migrate"}],
                          "containers": [{"name": "app", "securityContext": {"runAsUser": 999}}]}}""");

        RestoreWaitContainer.addTo(pod, List.of("data", "cache"), "uid-1", "velero/velero:v1.18.1");

        JsonNode initContainers = pod.path("spec").path("initContainers");
        assertThat(initContainers).hasSize(2);
        JsonNode wait = initContainers.get(0);
        assertThat(wait.path("name").asText()).isEqualTo("restore-wait");
        assertThat(wait.path("image").asText()).isEqualTo("velero/velero:v1.18.1");
        assertThat(wait.path("command").get(0).asText()).isEqualTo("/velero-restore-helper");
        assertThat(wait.path("args").get(0).asText()).isEqualTo("uid-1");
        assertThat(wait.path("volumeMounts").findValuesAsText("mountPath"))
                .containsExactly("/restores/data", "/restores/cache");
        assertThat(wait.path("securityContext").path("runAsUser").asLong()).isEqualTo(999);
        assertThat(initContainers.get(1).path("name").asText()).isEqualTo("migrate");
    }

    @Test
    void aPodWithoutContainerSecurityContextGetsALockedDownOne() throws Exception {
        ObjectNode pod = (ObjectNode) JSON.readTree("{\"spec\": {\"containers\": [{\"name\": \"app\"}]}}");

        RestoreWaitContainer.addTo(pod, List.of("data"), "uid-1", "image");

        JsonNode context = pod.path("spec").path("initContainers").get(0).path("securityContext");
        assertThat(context.path("runAsNonRoot").asBoolean()).isTrue();
        assertThat(context.path("allowPrivilegeEscalation").asBoolean()).isFalse();
        assertThat(context.path("capabilities").path("drop").get(0).asText()).isEqualTo("ALL");
    }

    @Test
    void aStaleWaitContainerOfAnEarlierRestoreIsRemoved() throws Exception {
        ObjectNode pod = (ObjectNode) JSON.readTree("""
                {"spec": {"initContainers": [{"name": "restic-wait"}, {"name": "migrate"}]}}""");

        RestoreWaitContainer.removeFrom(pod);

        assertThat(pod.path("spec").path("initContainers").findValuesAsText("name")).containsExactly("migrate");
    }
}
