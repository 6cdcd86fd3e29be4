package io.velerojava.engine.restore.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.LabelSelectorBuilder;
import io.velerojava.api.v1.RestoreSpec;
import io.velerojava.archive.GroupResource;
import io.velerojava.archive.ItemKey;
import java.util.List;
import org.junit.jupiter.api.Test;

class RestoreSelectionTest {

    private static final GroupResource CONFIG_MAPS = GroupResource.core("configmaps");
    private static final GroupResource PVS = GroupResource.core("persistentvolumes");

    @Test
    void resourcesMatchByGroupResourceOrPluralAndNeverRestoredTypesAreExcluded() {
        RestoreSpec spec = new RestoreSpec();
        spec.setIncludedResources(List.of("deployments", "configmaps", "events", "nodes"));
        RestoreSelection selection = RestoreSelection.of(spec);

        assertThat(selection.includesType(GroupResource.parse("deployments.apps"))).isTrue();
        assertThat(selection.includesType(CONFIG_MAPS)).isTrue();
        assertThat(selection.includesType(GroupResource.core("secrets"))).isFalse();
        assertThat(selection.includesType(GroupResource.core("events"))).isFalse();
        assertThat(selection.includesType(GroupResource.core("nodes"))).isFalse();
    }

    @Test
    void namespaceGlobsAndExclusionsApplyToTheBackedUpNamespace() {
        RestoreSpec spec = new RestoreSpec();
        spec.setIncludedNamespaces(List.of("app-*", "{web,db}"));
        spec.setExcludedNamespaces(List.of("app-test"));
        RestoreSelection selection = RestoreSelection.of(spec);

        assertThat(selection.includesItem(ItemKey.namespaced(CONFIG_MAPS, "app-prod", "c"))).isTrue();
        assertThat(selection.includesItem(ItemKey.namespaced(CONFIG_MAPS, "db", "c"))).isTrue();
        assertThat(selection.includesItem(ItemKey.namespaced(CONFIG_MAPS, "app-test", "c"))).isFalse();
        assertThat(selection.includesItem(ItemKey.namespaced(CONFIG_MAPS, "other", "c"))).isFalse();
        assertThat(selection.includesItem(ItemKey.clusterScoped(RestoreSelection.NAMESPACES, "web"))).isTrue();
    }

    @Test
    void clusterScopedItemsFollowIncludeClusterResourcesOrTheNamespaceFilter() {
        ItemKey pv = ItemKey.clusterScoped(PVS, "pv-1");
        RestoreSpec everything = new RestoreSpec();
        RestoreSpec someNamespaces = new RestoreSpec();
        someNamespaces.setIncludedNamespaces(List.of("app"));
        RestoreSpec forced = new RestoreSpec();
        forced.setIncludedNamespaces(List.of("app"));
        forced.setIncludeClusterResources(true);
        RestoreSpec refused = new RestoreSpec();
        refused.setIncludeClusterResources(false);

        assertThat(RestoreSelection.of(everything).includesItem(pv)).isTrue();
        assertThat(RestoreSelection.of(someNamespaces).includesItem(pv)).isFalse();
        assertThat(RestoreSelection.of(forced).includesItem(pv)).isTrue();
        assertThat(RestoreSelection.of(refused).includesItem(pv)).isFalse();
    }

    @Test
    void orSelectorsMatchIfAnyMatches() throws Exception {
        RestoreSpec spec = new RestoreSpec();
        spec.setOrLabelSelectors(List.of(
                new LabelSelectorBuilder().addToMatchLabels("app", "web").build(),
                new LabelSelectorBuilder().addNewMatchExpression().withKey("tier").withOperator("In")
                        .withValues("db", "cache").endMatchExpression().build()));
        RestoreSelection selection = RestoreSelection.of(spec);

        assertThat(selection.matchesLabels(labelled("{\"app\":\"web\"}"))).isTrue();
        assertThat(selection.matchesLabels(labelled("{\"tier\":\"cache\"}"))).isTrue();
        assertThat(selection.matchesLabels(labelled("{\"tier\":\"front\"}"))).isFalse();
    }

    @Test
    void namespaceMappingRenamesOnlyMappedNamespaces() {
        RestoreSpec spec = new RestoreSpec();
        spec.setNamespaceMapping(java.util.Map.of("a", "b"));
        RestoreSelection selection = RestoreSelection.of(spec);

        assertThat(selection.targetNamespace("a")).isEqualTo("b");
        assertThat(selection.targetNamespace("c")).isEqualTo("c");
    }

    private static ObjectNode labelled(String labels) throws Exception {
        return (ObjectNode) new ObjectMapper().readTree("{\"metadata\":{\"labels\":" + labels + "}}");
    }
}
