package io.velerojava.engine.backup;

import static org.assertj.core.api.Assertions.assertThat;

import io.velerojava.api.v1.BackupSpec;
import io.velerojava.archive.GroupResource;
import io.velerojava.engine.discovery.ApiResource;
import io.velerojava.engine.discovery.DiscoveredResources;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Filter semantics of facts sheet §4.6/§4.7, one case per test. */
class BackupScopeTest {

    private static final ApiResource CONFIGMAPS = resource("", "configmaps", "ConfigMap", true, "cm");
    private static final ApiResource DEPLOYMENTS = resource("apps", "deployments", "Deployment", true, "deploy");
    private static final ApiResource PERSISTENT_VOLUMES = resource("", "persistentvolumes", "PersistentVolume", false,
            "pv");
    private static final ApiResource NAMESPACES = resource("", "namespaces", "Namespace", false, "ns");
    private static final ApiResource VOLUME_SNAPSHOTS = resource("snapshot.storage.k8s.io", "volumesnapshots",
            "VolumeSnapshot", true);
    private static final DiscoveredResources DISCOVERED = new DiscoveredResources(
            List.of(CONFIGMAPS, PERSISTENT_VOLUMES, NAMESPACES, DEPLOYMENTS, VOLUME_SNAPSHOTS));

    @Test
    void emptySpecBacksUpEverythingIncludingClusterResources() {
        BackupScope scope = scope(spec -> { });

        assertThat(scope.includesNamespace("anything")).isTrue();
        assertThat(scope.collects(CONFIGMAPS)).isTrue();
        assertThat(scope.collects(PERSISTENT_VOLUMES)).isTrue();
    }

    @Test
    void volumeSnapshotsAreNeverCollected() {
        assertThat(scope(spec -> { }).collects(VOLUME_SNAPSHOTS)).isFalse();
    }

    @Test
    void namespaceFilterLeavesClusterResourcesOutUnlessAskedFor() {
        BackupScope scope = scope(spec -> spec.setIncludedNamespaces(List.of("web")));

        assertThat(scope.collects(PERSISTENT_VOLUMES)).isFalse();
        assertThat(scope.collects(NAMESPACES)).isTrue();
        assertThat(scope.admitsRelatedClusterItem(PERSISTENT_VOLUMES.groupResource())).isTrue();
    }

    @Test
    void includeClusterResourcesTrueAddsThemToANamespaceBackup() {
        BackupScope scope = scope(spec -> {
            spec.setIncludedNamespaces(List.of("web"));
            spec.setIncludeClusterResources(true);
        });

        assertThat(scope.collects(PERSISTENT_VOLUMES)).isTrue();
    }

    @Test
    void includeClusterResourcesFalseShutsOutEvenRelatedItems() {
        BackupScope scope = scope(spec -> spec.setIncludeClusterResources(false));

        assertThat(scope.collects(PERSISTENT_VOLUMES)).isFalse();
        assertThat(scope.admitsRelatedClusterItem(PERSISTENT_VOLUMES.groupResource())).isFalse();
        assertThat(scope.collects(CONFIGMAPS)).isTrue();
    }

    @Test
    void namespaceGlobsAndExclusionsApply() {
        BackupScope scope = scope(spec -> {
            spec.setIncludedNamespaces(List.of("team-?", "{web,db}"));
            spec.setExcludedNamespaces(List.of("team-b"));
        });

        assertThat(scope.includesNamespace("team-a")).isTrue();
        assertThat(scope.includesNamespace("team-b")).isFalse();
        assertThat(scope.includesNamespace("db")).isTrue();
        assertThat(scope.includesNamespace("team-ab")).isFalse();
    }

    @Test
    void namespacesLabelledExcludedAreLeftOut() {
        BackupScope scope = BackupScope.of(new BackupSpec(), DISCOVERED, Set.of("private"));

        assertThat(scope.includesNamespace("private")).isFalse();
        assertThat(scope.includesNamespace("public")).isTrue();
    }

    @Test
    void resourceFiltersResolveShortNamesAndKinds() {
        BackupScope scope = scope(spec -> spec.setIncludedResources(List.of("deploy", "ConfigMap")));

        assertThat(scope.collects(DEPLOYMENTS)).isTrue();
        assertThat(scope.collects(CONFIGMAPS)).isTrue();
        assertThat(scope(spec -> spec.setExcludedResources(List.of("cm"))).collects(CONFIGMAPS)).isFalse();
    }

    @Test
    void scopedFiltersTreatTheTwoKindsOfTypesSeparately() {
        BackupScope scope = scope(spec -> {
            spec.setIncludedNamespaces(List.of("web"));
            spec.setIncludedClusterScopedResources(List.of("persistentvolumes"));
            spec.setExcludedNamespaceScopedResources(List.of("configmaps"));
        });

        assertThat(scope.collects(PERSISTENT_VOLUMES)).isTrue();
        assertThat(scope.collects(CONFIGMAPS)).isFalse();
        assertThat(scope.collects(DEPLOYMENTS)).isTrue();
    }

    @Test
    void scopedExcludeAllClusterResourcesAlsoRejectsRelatedOnes() {
        BackupScope scope = scope(spec -> spec.setExcludedClusterScopedResources(List.of("*")));

        assertThat(scope.collects(PERSISTENT_VOLUMES)).isFalse();
        assertThat(scope.admitsRelatedClusterItem(PERSISTENT_VOLUMES.groupResource())).isFalse();
    }

    private static BackupScope scope(Consumer<BackupSpec> configure) {
        BackupSpec spec = new BackupSpec();
        configure.accept(spec);
        return BackupScope.of(spec, DISCOVERED, Set.of());
    }

    private static ApiResource resource(String group, String plural, String kind, boolean namespaced,
            String... shortNames) {
        return new ApiResource(new GroupResource(group, plural), "v1", kind, namespaced, List.of(shortNames), "");
    }
}
