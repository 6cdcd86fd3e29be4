package io.velerojava.engine.restore.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.LabelSelectorBuilder;
import io.velerojava.api.v1.RestoreSpec;
import io.velerojava.archive.GroupResource;
import io.velerojava.api.v1.RestoreStatusSpec;
import io.velerojava.archive.ItemKey;
import io.velerojava.engine.discovery.ApiResource;
import io.velerojava.engine.discovery.DiscoveredResources;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RestoreSelectionTest {

    private static final GroupResource CONFIG_MAPS = GroupResource.core("configmaps");
    private static final GroupResource PVS = GroupResource.core("persistentvolumes");
    private static final GroupResource DEPLOYMENTS = GroupResource.parse("deployments.apps");
    private static final GroupResource WIDGETS = GroupResource.parse("widgets.example.com");
    private static final GroupResource GADGETS = GroupResource.parse("gadgets.example.com");

    @Test
    void resourcesMatchByGroupResourceOrPluralAndNeverRestoredTypesAreExcluded() {
        RestoreSpec spec = new RestoreSpec();
        spec.setIncludedResources(List.of("deployments", "configmaps", "events", "nodes"));
        RestoreSelection selection = selection(spec);

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
        RestoreSelection selection = selection(spec);

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

        assertThat(selection(everything).includesItem(pv)).isTrue();
        assertThat(selection(someNamespaces).includesItem(pv)).isFalse();
        assertThat(selection(forced).includesItem(pv)).isTrue();
        assertThat(selection(refused).includesItem(pv)).isFalse();
    }

    @Test
    void additionalItemsFollowResourceAndNamespaceFiltersButNotTheClusterScopedDefault() {
        ItemKey pv = ItemKey.clusterScoped(PVS, "pv-1");
        ItemKey claim = ItemKey.namespaced(GroupResource.core("persistentvolumeclaims"), "app", "data");
        RestoreSpec someNamespaces = new RestoreSpec();
        someNamespaces.setIncludedNamespaces(List.of("app"));
        someNamespaces.setLabelSelector(new LabelSelectorBuilder().addToMatchLabels("app", "web").build());
        RestoreSpec noClusterResources = new RestoreSpec();
        noClusterResources.setIncludeClusterResources(false);
        RestoreSpec otherNamespace = new RestoreSpec();
        otherNamespace.setIncludedNamespaces(List.of("other"));
        RestoreSpec noVolumes = new RestoreSpec();
        noVolumes.setExcludedResources(List.of("pv"));

        assertThat(selection(someNamespaces).includesItem(pv)).isFalse();
        assertThat(selection(someNamespaces).includesAdditionalItem(pv)).isTrue();
        assertThat(selection(someNamespaces).includesAdditionalItem(claim)).isTrue();
        assertThat(selection(noClusterResources).includesAdditionalItem(pv)).isFalse();
        assertThat(selection(otherNamespace).includesAdditionalItem(claim)).isFalse();
        assertThat(selection(noVolumes).includesAdditionalItem(pv)).isFalse();
    }

    @Test
    void orSelectorsMatchIfAnyMatches() throws Exception {
        RestoreSpec spec = new RestoreSpec();
        spec.setOrLabelSelectors(List.of(
                new LabelSelectorBuilder().addToMatchLabels("app", "web").build(),
                new LabelSelectorBuilder().addNewMatchExpression().withKey("tier").withOperator("In")
                        .withValues("db", "cache").endMatchExpression().build()));
        RestoreSelection selection = selection(spec);

        assertThat(selection.matchesLabels(labelled("{\"app\":\"web\"}"))).isTrue();
        assertThat(selection.matchesLabels(labelled("{\"tier\":\"cache\"}"))).isTrue();
        assertThat(selection.matchesLabels(labelled("{\"tier\":\"front\"}"))).isFalse();
    }

    @Test
    void namespaceMappingRenamesOnlyMappedNamespaces() {
        RestoreSpec spec = new RestoreSpec();
        spec.setNamespaceMapping(java.util.Map.of("a", "b"));
        RestoreSelection selection = selection(spec);

        assertThat(selection.targetNamespace("a")).isEqualTo("b");
        assertThat(selection.targetNamespace("c")).isEqualTo("c");
    }

    static Stream<Arguments> resourceFilterEntries() {
        return Stream.of(
                Arguments.of(List.of("deploy"), List.of(), List.of(DEPLOYMENTS)),
                Arguments.of(List.of("Deployment"), List.of(), List.of(DEPLOYMENTS)),
                Arguments.of(List.of("deployment"), List.of(), List.of(DEPLOYMENTS)),
                Arguments.of(List.of("deployments.apps"), List.of(), List.of(DEPLOYMENTS)),
                Arguments.of(List.of("deploy.apps"), List.of(), List.of(DEPLOYMENTS)),
                Arguments.of(List.of("deploy", "cm"), List.of(), List.of(DEPLOYMENTS, CONFIG_MAPS)),
                Arguments.of(List.of(" CM "), List.of(), List.of(CONFIG_MAPS)),
                Arguments.of(List.of("Widget"), List.of(), List.of(WIDGETS)),
                Arguments.of(List.of("*.apps"), List.of(), List.of(DEPLOYMENTS)),
                Arguments.of(List.of("*"), List.of("cm", "Deployment"), List.of(PVS, WIDGETS, GADGETS)),
                Arguments.of(List.of(), List.of("wd"), List.of(DEPLOYMENTS, CONFIG_MAPS, PVS, GADGETS)),
                // Not served by the target (its CRD comes with the backup): kept as written, plural or full.
                Arguments.of(List.of("gadgets.example.com"), List.of(), List.of(GADGETS)),
                Arguments.of(List.of("gadgets"), List.of(), List.of(GADGETS)),
                Arguments.of(List.of("gadget"), List.of(), List.of()));
    }

    @ParameterizedTest(name = "include {0} exclude {1}")
    @MethodSource("resourceFilterEntries")
    void resourceFiltersResolveShortNamesKindsAndSingularsThroughTheTargetCluster(
            List<String> included, List<String> excluded, List<GroupResource> restored) {
        RestoreSpec spec = new RestoreSpec();
        spec.setIncludedResources(included);
        spec.setExcludedResources(excluded);
        RestoreSelection selection = selection(spec);

        assertThat(Stream.of(DEPLOYMENTS, CONFIG_MAPS, PVS, WIDGETS, GADGETS).filter(selection::includesType))
                .containsExactlyInAnyOrderElementsOf(restored);
    }

    @Test
    void restoreStatusFiltersResolveNamesToo() throws Exception {
        RestoreSpec spec = new RestoreSpec();
        RestoreStatusSpec status = new RestoreStatusSpec();
        status.setIncludedResources(List.of("wd"));
        spec.setRestoreStatus(status);
        RestoreSelection selection = selection(spec);
        ObjectNode item = labelled("{}");

        assertThat(selection.restoresStatus(WIDGETS, item)).isTrue();
        assertThat(selection.restoresStatus(DEPLOYMENTS, item)).isFalse();
    }

    /** What the target cluster serves in these tests: gadgets.example.com is only in the backup. */
    static final DiscoveredResources TARGET = new DiscoveredResources(List.of(
            new ApiResource(CONFIG_MAPS, "v1", "ConfigMap", true, List.of("cm"), "configmap"),
            new ApiResource(PVS, "v1", "PersistentVolume", false, List.of("pv"), "persistentvolume"),
            new ApiResource(DEPLOYMENTS, "v1", "Deployment", true, List.of("deploy"), "deployment"),
            new ApiResource(WIDGETS, "v1", "Widget", true, List.of("wd"), "widget")));

    static RestoreSelection selection(RestoreSpec spec) {
        return RestoreSelection.of(spec, TARGET);
    }

    private static ObjectNode labelled(String labels) throws Exception {
        return (ObjectNode) new ObjectMapper().readTree("{\"metadata\":{\"labels\":" + labels + "}}");
    }
}
