package io.velerojava.engine.restore.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.velerojava.archive.GroupResource;
import io.velerojava.archive.ItemKey;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AdditionalItemsTest {

    private static final ItemKey POD = ItemKey.namespaced(AdditionalItems.PODS, "app", "web-0");
    private static final ItemKey CLAIM = ItemKey.namespaced(AdditionalItems.PERSISTENT_VOLUME_CLAIMS, "app", "data");

    static Stream<Arguments> items() {
        return Stream.of(
                Arguments.of("bound claim brings its volume", CLAIM, """
                        {"spec":{"volumeName":"pv-1"},"status":{"phase":"Bound"}}""",
                        List.of(ItemKey.clusterScoped(AdditionalItems.PERSISTENT_VOLUMES, "pv-1"))),
                Arguments.of("pending claim brings nothing", CLAIM, """
                        {"spec":{"volumeName":"pv-1"},"status":{"phase":"Pending"}}""", List.of()),
                Arguments.of("bound claim without a volume name brings nothing", CLAIM, """
                        {"spec":{},"status":{"phase":"Bound"}}""", List.of()),
                Arguments.of("pod brings its claims, in its namespace, and its priority class", POD, """
                        {"spec":{"priorityClassName":"critical","volumes":[
                          {"name":"a","persistentVolumeClaim":{"claimName":"data"}},
                          {"name":"b","configMap":{"name":"settings"}},
                          {"name":"c","persistentVolumeClaim":{"claimName":"logs"}}]}}""",
                        List.of(CLAIM, ItemKey.namespaced(AdditionalItems.PERSISTENT_VOLUME_CLAIMS, "app", "logs"),
                                ItemKey.clusterScoped(AdditionalItems.PRIORITY_CLASSES, "critical"))),
                Arguments.of("claim name no object can have is ignored", POD, """
                        {"spec":{"volumes":[{"name":"a","persistentVolumeClaim":{"claimName":"../x"}}]}}""",
                        List.of()),
                Arguments.of("other types bring nothing",
                        ItemKey.namespaced(GroupResource.core("configmaps"), "app", "c"), """
                        {"spec":{"volumeName":"pv-1"},"status":{"phase":"Bound"}}""", List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("items")
    void itemsBringWhatVeleroRestoreItemActionsReturn(String description, ItemKey item, String json,
                                                      List<ItemKey> expected) throws Exception {
        ObjectNode backedUp = (ObjectNode) new ObjectMapper().readTree(json);

        assertThat(AdditionalItems.of(item, backedUp)).containsExactlyElementsOf(expected);
    }
}
