package io.velerojava.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class TarballLayoutTest {

    private static final GroupResource PODS = GroupResource.core("pods");
    private static final GroupResource DEPLOYMENTS = new GroupResource("apps", "deployments");
    private static final GroupResource CRDS = new GroupResource("apiextensions.k8s.io", "customresourcedefinitions");
    private static final GroupResource PVS = GroupResource.core("persistentvolumes");

    /** Golden table: each item, its version, and the exact two paths Velero writes for it. */
    static Stream<Arguments> itemPaths() {
        return Stream.of(
                Arguments.of(ItemKey.namespaced(PODS, "nginx", "web-0"), "v1",
                        "resources/pods/namespaces/nginx/web-0.json",
                        "resources/pods/v1-preferredversion/namespaces/nginx/web-0.json"),
                Arguments.of(ItemKey.namespaced(DEPLOYMENTS, "nginx", "web"), "v1",
                        "resources/deployments.apps/namespaces/nginx/web.json",
                        "resources/deployments.apps/v1-preferredversion/namespaces/nginx/web.json"),
                Arguments.of(ItemKey.clusterScoped(PVS, "pv-1"), "v1",
                        "resources/persistentvolumes/cluster/pv-1.json",
                        "resources/persistentvolumes/v1-preferredversion/cluster/pv-1.json"),
                Arguments.of(ItemKey.clusterScoped(CRDS, "widgets.example.com"), "v1",
                        "resources/customresourcedefinitions.apiextensions.k8s.io/cluster/widgets.example.com.json",
                        "resources/customresourcedefinitions.apiextensions.k8s.io/v1-preferredversion/cluster/"
                                + "widgets.example.com.json"),
                Arguments.of(ItemKey.clusterScoped(GroupResource.core("namespaces"), "nginx"), "v1",
                        "resources/namespaces/cluster/nginx.json",
                        "resources/namespaces/v1-preferredversion/cluster/nginx.json"),
                Arguments.of(ItemKey.namespaced(new GroupResource("example.com", "widgets"), "team-a",
                                "w1"), "v2beta1",
                        "resources/widgets.example.com/namespaces/team-a/w1.json",
                        "resources/widgets.example.com/v2beta1-preferredversion/namespaces/team-a/w1.json"),
                Arguments.of(ItemKey.clusterScoped(new GroupResource("rbac.authorization.k8s.io", "clusterroles"),
                                "system:controller:job-controller"), "v1",
                        "resources/clusterroles.rbac.authorization.k8s.io/cluster/system:controller:job-controller.json",
                        "resources/clusterroles.rbac.authorization.k8s.io/v1-preferredversion/cluster/"
                                + "system:controller:job-controller.json"));
    }

    @ParameterizedTest
    @MethodSource("itemPaths")
    void itemIsWrittenAtLegacyAndPreferredVersionPaths(ItemKey item, String version, String legacy,
                                                        String preferred) {
        assertThat(TarballLayout.legacyPath(item)).isEqualTo(legacy);
        assertThat(TarballLayout.preferredVersionPath(item, version)).isEqualTo(preferred);
    }

    @ParameterizedTest
    @MethodSource("itemPaths")
    void pathsParseBackToTheItem(ItemKey item, String version, String legacy, String preferred) {
        assertThat(TarballLayout.parse(legacy)).isEqualTo(ItemPath.legacy(item));
        assertThat(TarballLayout.parse(preferred))
                .isEqualTo(ItemPath.versioned(item, VersionDirectory.preferred(version)));
    }

    @Test
    void nonPreferredVersionDirectoryParses() {
        assertThat(TarballLayout.parse("resources/horizontalpodautoscalers.autoscaling/v2beta2/namespaces/a/h.json"))
                .isEqualTo(ItemPath.versioned(
                        ItemKey.namespaced(new GroupResource("autoscaling", "horizontalpodautoscalers"), "a", "h"),
                        VersionDirectory.nonPreferred("v2beta2")));
    }

    @Test
    void metadataVersionFile() {
        assertThat(TarballLayout.METADATA_VERSION_PATH).isEqualTo("metadata/version");
        assertThat(TarballLayout.versionFileContent()).isEqualTo("1.1.0\n");
        assertThat(TarballLayout.parse("metadata/version")).isEqualTo(new MetadataPath("version"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "resources/pods/namespaces/nginx/web-0.yaml",
        "resources/pods/namespaces/nginx/.json",
        "resources/pods/namespaces/web-0.json",
        "resources/pods/cluster/ns/web-0.json",
        "resources/pods/v1-preferredversion/web-0.json",
        "resources/pods/V1/cluster/x.json",
        "resources/pods",
        "resources//cluster/x.json",
        "metadata/",
        "metadata/a/b",
        "other/version",
    })
    void pathsOutsideTheLayoutAreRejectedWithThePath(String path) {
        assertThatThrownBy(() -> TarballLayout.parse(path))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + path + "' is not a backup tarball path");
    }

    @Test
    void groupResourceStringForm() {
        assertThat(PODS).hasToString("pods");
        assertThat(DEPLOYMENTS).hasToString("deployments.apps");
        assertThat(GroupResource.parse("customresourcedefinitions.apiextensions.k8s.io")).isEqualTo(CRDS);
        assertThat(GroupResource.parse("pods")).isEqualTo(PODS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", ".", "..", "a/b"})
    void itemNamesThatCannotBePathSegmentsAreRefused(String name) {
        assertThatThrownBy(() -> ItemKey.namespaced(PODS, "ns", name))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ItemKey.namespaced(PODS, name, "pod"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
