package io.velerojava.engine.backup;

import static org.assertj.core.api.Assertions.assertThat;

import io.velerojava.api.builder.BackupBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;

class BackupNamespacesTest {

    private static final List<String> CLUSTER = List.of("default", "shop", "shop-db", "kube-system", "web");

    @Test
    void noIncludesMeanEveryNamespace() {
        assertThat(BackupNamespaces.resolve(BackupBuilder.forBackup("velero", "b").build().getSpec(), CLUSTER))
                .containsExactlyInAnyOrderElementsOf(CLUSTER);
        assertThat(BackupNamespaces.resolve(null, CLUSTER)).containsExactlyInAnyOrderElementsOf(CLUSTER);
    }

    @Test
    void includesTakeGlobsAndExcludesWin() {
        assertThat(BackupNamespaces.resolve(BackupBuilder.forBackup("velero", "b").includedNamespaces("shop*", "web")
                .excludedNamespaces("shop-db").build().getSpec(), CLUSTER)).containsExactlyInAnyOrder("shop", "web");
        assertThat(BackupNamespaces.resolve(BackupBuilder.forBackup("velero", "b").includedNamespaces("*")
                .excludedNamespaces("kube-*").build().getSpec(), CLUSTER))
                .containsExactlyInAnyOrder("default", "shop", "shop-db", "web");
    }

    @Test
    void namespacesNotInTheClusterAreNotSelected() {
        assertThat(BackupNamespaces.resolve(BackupBuilder.forBackup("velero", "b").includedNamespaces("gone")
                .build().getSpec(), CLUSTER)).isEmpty();
    }
}
