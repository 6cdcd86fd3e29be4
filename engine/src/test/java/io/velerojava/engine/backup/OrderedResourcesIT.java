package io.velerojava.engine.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.LabelSelectorBuilder;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.PersistentVolumeBuilder;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.rbac.RoleBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.velerojava.api.builder.BackupBuilder;
import io.velerojava.engine.logging.LogFormat;
import io.velerojava.engine.logging.LogLevel;
import io.velerojava.storage.backup.BackupStore;
import io.velerojava.storage.filesystem.FilesystemObjectStore;
import io.velerojava.testenv.LocalClusterExtension;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code spec.orderedResources} against the real API server: the tarball holds the named items first within their
 * type, in the order given, and every other item of the type after them (in no promised order: items of types with
 * actions, such as pods, are written by parallel workers). Each row: the spec, the type's directory in the tarball,
 * the names expected first in that order, the names expected after them, and the warnings expected.
 */
@ExtendWith(LocalClusterExtension.class)
class OrderedResourcesIT {

    private static final String SUFFIX = UUID.randomUUID().toString().substring(0, 6);
    private static final String APP = "ordered-" + SUFFIX;
    private static final String OTHER = "ordered-other-" + SUFFIX;
    private static final KubernetesClient CLIENT = LocalClusterExtension.adminClient();

    @TempDir
    Path bucket;

    @BeforeAll
    static void createObjects() {
        for (String namespace : List.of(APP, OTHER)) {
            CLIENT.namespaces().resource(new NamespaceBuilder().withNewMetadata().withName(namespace).endMetadata()
                    .build()).create();
        }
        for (String name : List.of("cm-a", "cm-b", "cm-c", "cm-d")) {
            CLIENT.configMaps().inNamespace(APP).resource(new ConfigMapBuilder().withNewMetadata().withName(name)
                    .addToLabels(name.equals("cm-b") || name.equals("cm-d") ? Map.of() : Map.of("pick", "yes"))
                    .endMetadata().build()).create();
        }
        CLIENT.configMaps().inNamespace(OTHER).resource(new ConfigMapBuilder().withNewMetadata().withName("cm-x")
                .endMetadata().build()).create();
        for (String name : List.of("r-a", "r-b", "r-c")) {
            CLIENT.rbac().roles().inNamespace(APP).resource(new RoleBuilder().withNewMetadata().withName(name)
                    .endMetadata().build()).create();
        }
        // Pods are admitted once the namespace's default service account exists.
        await().atMost(Duration.ofSeconds(60)).until(() ->
                CLIENT.serviceAccounts().inNamespace(APP).withName("default").get() != null);
        for (String name : List.of("p-a", "p-b", "p-c", "p-d")) {
            CLIENT.pods().inNamespace(APP).resource(new PodBuilder().withNewMetadata().withName(name).endMetadata()
                    .withNewSpec().addNewContainer().withName("main").withImage("busybox").endContainer().endSpec()
                    .build()).create();
        }
        for (String name : List.of("pv-a", "pv-b", "pv-c")) {
            CLIENT.persistentVolumes().resource(new PersistentVolumeBuilder().withNewMetadata()
                    .withName(name + "-" + SUFFIX).endMetadata().withNewSpec()
                    .addToCapacity("storage", new Quantity("1Gi")).withAccessModes("ReadWriteOnce")
                    .withNewHostPath().withPath("/tmp/" + name).endHostPath().endSpec().build()).create();
        }
    }

    @AfterAll
    static void deleteObjects() {
        CLIENT.namespaces().withName(APP).delete();
        CLIENT.namespaces().withName(OTHER).delete();
        for (String name : List.of("pv-a", "pv-b", "pv-c")) {
            CLIENT.persistentVolumes().withName(name + "-" + SUFFIX).delete();
        }
    }

    static Stream<Arguments> rows() {
        return Stream.of(
                row("pods named first, in the order given; the others after in listing order",
                        b -> b.includedNamespaces(APP).orderedResources("pods", APP + "/p-c," + APP + "/p-a"),
                        "resources/pods/namespaces/" + APP, List.of("p-c", "p-a"), List.of("p-b", "p-d"), 0),
                row("a plural.group key names that type",
                        b -> b.includedNamespaces(APP)
                                .orderedResources("roles.rbac.authorization.k8s.io", APP + "/r-c"),
                        "resources/roles.rbac.authorization.k8s.io/namespaces/" + APP, List.of("r-c"),
                        List.of("r-a", "r-b"), 0),
                row("missing items and items outside the backup's namespaces are warned about and left out",
                        b -> b.includedNamespaces(APP).orderedResources("configmaps",
                                APP + "/missing," + OTHER + "/cm-x," + APP + "/cm-d"),
                        "resources/configmaps/namespaces/" + APP,
                        List.of("cm-d"), List.of("cm-a", "cm-b", "cm-c", "kube-root-ca.crt"), 2),
                row("the label selector still decides what is backed up",
                        b -> b.includedNamespaces(APP).labelSelector(new LabelSelectorBuilder()
                                        .addToMatchLabels("pick", "yes").build())
                                .orderedResources("configmaps", APP + "/cm-b," + APP + "/cm-c"),
                        "resources/configmaps/namespaces/" + APP, List.of("cm-c"), List.of("cm-a"), 1),
                row("cluster-scoped items are named without a namespace",
                        b -> b.includedNamespaces(APP).includedResources("persistentvolumes")
                                .includeClusterResources(true)
                                .orderedResources("persistentvolumes", "pv-b-" + SUFFIX + ",pv-c-" + SUFFIX),
                        "resources/persistentvolumes/cluster",
                        List.of("pv-b-" + SUFFIX, "pv-c-" + SUFFIX), List.of("pv-a-" + SUFFIX), 0),
                row("namespaces follow the order too",
                        b -> b.includedNamespaces(APP, OTHER).orderedResources("namespaces", OTHER + "," + APP),
                        "resources/namespaces/cluster", List.of(OTHER, APP), List.of(), 0),
                row("a namespaced type named without namespaces is warned about",
                        b -> b.includedNamespaces(APP).orderedResources("pods", "p-d"),
                        "resources/pods/namespaces/" + APP, List.of(), List.of("p-a", "p-b", "p-c", "p-d"), 1));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void tarballEntriesFollowTheOrder(String row, UnaryOperator<BackupBuilder> spec, String directory,
            List<String> first, List<String> rest, int warnings) throws IOException {
        BackupStore store = new BackupStore(new FilesystemObjectStore(bucket, Optional.empty()), "");
        String name = "ordered-" + UUID.randomUUID().toString().substring(0, 8);

        BackupOutcome outcome = new BackupRunner(CLIENT, new BackupSettings(500, 4, LogFormat.TEXT, LogLevel.INFO,
                Clock.systemUTC())).run(spec.apply(BackupBuilder.forBackup("velero", name)).build(), store,
                (done, total) -> { });

        assertThat(outcome.failure()).isEmpty();
        assertThat(outcome.errors()).isZero();
        assertThat(outcome.warnings()).isEqualTo(warnings);
        assertThat(outcome.itemsBackedUp()).isEqualTo(outcome.totalItems());
        List<String> names = legacyEntriesIn(store, name, directory).stream()
                .filter(entry -> first.contains(entry) || rest.contains(entry)).toList();
        assertThat(names).hasSize(first.size() + rest.size());
        assertThat(names.subList(0, first.size())).containsExactlyElementsOf(first);
        assertThat(names.subList(first.size(), names.size())).containsExactlyInAnyOrderElementsOf(rest);
    }

    /** The item names of the legacy copies directly under {@code directory}, in tarball order. */
    private static List<String> legacyEntriesIn(BackupStore store, String backup, String directory)
            throws IOException {
        List<String> names = new ArrayList<>();
        Function<String, String> itemName = path -> path.substring(directory.length() + 1,
                path.length() - ".json".length());
        try (InputStream contents = store.getBackupContents(backup);
                TarArchiveInputStream tar = new TarArchiveInputStream(new GZIPInputStream(contents))) {
            for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
                String path = entry.getName();
                if (path.startsWith(directory + "/") && path.indexOf('/', directory.length() + 1) < 0) {
                    names.add(itemName.apply(path));
                }
            }
        }
        return names;
    }

    private static Arguments row(String name, UnaryOperator<BackupBuilder> spec, String directory,
            List<String> first, List<String> rest, int warnings) {
        return Arguments.of(name, spec, directory, first, rest, warnings);
    }
}
