package io.velerojava.engine.restore.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.velerojava.archive.GroupResource;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RestoreTierTest {

    private static final GroupResource CRDS = GroupResource.parse("customresourcedefinitions.apiextensions.k8s.io");
    private static final GroupResource SECRETS = GroupResource.core("secrets");
    private static final GroupResource CONFIG_MAPS = GroupResource.core("configmaps");
    private static final GroupResource DEPLOYMENTS = GroupResource.parse("deployments.apps");
    private static final GroupResource WIDGETS = GroupResource.parse("widgets.example.io");
    private static final GroupResource CLUSTERS = GroupResource.parse("clusters.cluster.x-k8s.io");

    @Test
    void prioritizedTypesGetATierEachAndUnprioritizedRunsShareOne() {
        List<RestoreTier> tiers = RestoreTier.split(List.of(CRDS, SECRETS, CONFIG_MAPS, DEPLOYMENTS, WIDGETS,
                CLUSTERS), Set.of(CRDS, SECRETS, CONFIG_MAPS, CLUSTERS));

        assertThat(tiers).extracting(RestoreTier::types).containsExactly(List.of(CRDS), List.of(SECRETS),
                List.of(CONFIG_MAPS), List.of(DEPLOYMENTS, WIDGETS), List.of(CLUSTERS));
    }

    @Test
    void noPrioritiesMeansOneTier() {
        assertThat(RestoreTier.split(List.of(DEPLOYMENTS, WIDGETS), Set.of()))
                .extracting(RestoreTier::types).containsExactly(List.of(DEPLOYMENTS, WIDGETS));
    }
}
