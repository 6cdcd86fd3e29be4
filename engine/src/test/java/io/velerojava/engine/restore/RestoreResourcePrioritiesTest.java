package io.velerojava.engine.restore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.velerojava.archive.GroupResource;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RestoreResourcePrioritiesTest {

    private static final GroupResource CRDS = RestoreResourcePriorities.CUSTOM_RESOURCE_DEFINITIONS;
    private static final GroupResource NAMESPACES = GroupResource.core("namespaces");
    private static final GroupResource CONFIG_MAPS = GroupResource.core("configmaps");
    private static final GroupResource SECRETS = GroupResource.core("secrets");
    private static final GroupResource SERVICES = GroupResource.core("services");
    private static final GroupResource DEPLOYMENTS = GroupResource.parse("deployments.apps");
    private static final GroupResource WIDGETS = GroupResource.parse("widgets.example.io");
    private static final GroupResource CLUSTERS = GroupResource.parse("clusters.cluster.x-k8s.io");

    @Test
    void defaultsPutCrdsFirstThenHighPrioritiesThenTheRestAlphabeticallyThenLowPriorities() {
        Set<GroupResource> inBackup = Set.of(WIDGETS, CLUSTERS, DEPLOYMENTS, SERVICES, CONFIG_MAPS, SECRETS,
                NAMESPACES, CRDS);

        assertThat(RestoreResourcePriorities.defaults().order(inBackup)).containsExactly(CRDS, NAMESPACES, SECRETS,
                CONFIG_MAPS, SERVICES, DEPLOYMENTS, WIDGETS, CLUSTERS);
    }

    @Test
    void flagBeforeTheSeparatorReplacesHighAndAfterItLowPriorities() {
        RestoreResourcePriorities priorities = RestoreResourcePriorities.parse("configmaps, secrets,-,deployments.apps");

        assertThat(priorities.order(Set.of(SECRETS, CONFIG_MAPS, DEPLOYMENTS, SERVICES, NAMESPACES)))
                .containsExactly(CONFIG_MAPS, SECRETS, NAMESPACES, SERVICES, DEPLOYMENTS);
    }

    @Test
    void flagWithoutSeparatorKeepsTheDefaultLowPriorities() {
        RestoreResourcePriorities priorities = RestoreResourcePriorities.parse("services");

        assertThat(priorities.high()).containsExactly(SERVICES);
        assertThat(priorities.low()).isEqualTo(RestoreResourcePriorities.defaults().low());
    }

    @Test
    void twoSeparatorsAreRejected() {
        assertThatThrownBy(() -> RestoreResourcePriorities.parse("a,-,b,-,c"))
                .hasMessageContaining("more than one \"-\"");
    }

    @Test
    void prioritizedTypesIncludeCrdsAndBothLists() {
        Set<GroupResource> inBackup = Set.of(CRDS, SECRETS, DEPLOYMENTS, CLUSTERS);
        RestoreResourcePriorities priorities = RestoreResourcePriorities.defaults();

        assertThat(List.of(CRDS, SECRETS, DEPLOYMENTS, CLUSTERS))
                .filteredOn(type -> priorities.isPrioritized(type, inBackup))
                .containsExactly(CRDS, SECRETS, CLUSTERS);
    }
}
