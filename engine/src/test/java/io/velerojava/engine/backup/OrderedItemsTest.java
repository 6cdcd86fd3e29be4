package io.velerojava.engine.backup;

import static org.assertj.core.api.Assertions.assertThat;

import io.velerojava.archive.GroupResource;
import io.velerojava.engine.discovery.ApiResource;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class OrderedItemsTest {

    private static final ApiResource PODS = new ApiResource(GroupResource.core("pods"), "v1", "Pod", true,
            List.of("po"), "pod");
    private static final ApiResource DEPLOYMENTS = new ApiResource(new GroupResource("apps", "deployments"), "v1",
            "Deployment", true, List.of("deploy"), "deployment");
    private static final ApiResource WIDGET_DEPLOYMENTS = new ApiResource(
            new GroupResource("example.com", "deployments"), "v1", "Deployment", true, List.of(), "deployment");

    @Test
    void aPluralKeyNamesTheTypeInEveryGroupAndAQualifiedKeyOnlyItsOwn() {
        Map<String, String> spec = new LinkedHashMap<>();
        spec.put("deployments", "web/b,web/a");
        spec.put("deployments.apps", "web/c,web/a");
        OrderedItems order = OrderedItems.of(spec);

        assertThat(order.forType(DEPLOYMENTS)).containsExactly("web/c", "web/a", "web/b");
        assertThat(order.forType(WIDGET_DEPLOYMENTS)).containsExactly("web/b", "web/a");
        assertThat(order.forType(PODS)).isEmpty();
    }

    @Test
    void repeatedEntriesCountOnce() {
        assertThat(OrderedItems.of(Map.of("pods", "web/a,web/b,web/a")).forType(PODS))
                .containsExactly("web/a", "web/b");
    }

    @Test
    void noSpecOrdersNothing() {
        assertThat(OrderedItems.of(null).forType(PODS)).isEmpty();
        assertThat(OrderedItems.of(Map.of()).forType(PODS)).isEmpty();
    }

    @Test
    void sortPutsTheNamedFirstInOrderAndKeepsTheRestAsTheyWere() {
        assertThat(OrderedItems.sort(List.of("d", "b", "missing"), List.of("a", "b", "c", "d", "e"),
                Function.identity())).containsExactly("d", "b", "a", "c", "e");
        assertThat(OrderedItems.sort(List.of(), List.of("c", "a"), Function.identity())).containsExactly("c", "a");
    }
}
