package io.velerojava.bench;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.velerojava.api.v1.Restore;
import io.velerojava.api.v1.RestoreSpec;
import io.velerojava.archive.GroupResource;
import io.velerojava.archive.ItemKey;
import io.velerojava.archive.TarballWriter;
import io.velerojava.engine.restore.RestoreEngine;
import io.velerojava.engine.restore.RestoreLog;
import io.velerojava.engine.restore.RestoreOutcome;
import io.velerojava.engine.restore.RestoreSettings;
import io.velerojava.storage.backup.BackupFile;
import io.velerojava.storage.backup.BackupStore;
import io.velerojava.storage.backup.Payload;
import io.velerojava.storage.filesystem.FilesystemObjectStore;
import io.velerojava.testenv.LocalClusterExtension;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Restores N ConfigMaps of ~1 KiB spread over 100 namespaces with the engine, and, in the same run, measures the
 * limit: the same objects created by a plain client with the same number of threads. Each is measured twice
 * and averaged; the plain client's time leaves out creating the namespaces, the restore's includes it.
 *
 * <p>By default the backed-up items carry no {@code metadata.managedFields}, so the restore sends one request per
 * item like the plain client. With {@code BENCH_MANAGED_FIELDS=1} each carries a field manager, as a backup of
 * live objects does, and the restore puts it back with a second request per item, as Velero does.
 *
 * <p>Usage: {@code RestoreBenchmark <items> [workers]}. Prints one Markdown table row.
 */
public final class RestoreBenchmark {

    private static final int NAMESPACES = 100;
    private static final String PAYLOAD = "x".repeat(1024);
    private static final GroupResource CONFIG_MAPS = GroupResource.core("configmaps");
    private static final GroupResource NAMESPACE_TYPE = GroupResource.core("namespaces");
    private static final boolean MANAGED_FIELDS = "1".equals(System.getenv("BENCH_MANAGED_FIELDS"));

    public static void main(String[] args) throws Exception {
        int items = Integer.parseInt(args[0]);
        int workers = args.length > 1 ? Integer.parseInt(args[1]) : RestoreSettings.DEFAULT_ITEM_WORKER_COUNT;
        try (KubernetesClient client = new KubernetesClientBuilder()
                .withConfig(LocalClusterExtension.adminConfig()).build()) {
            String prefix = "rbench-" + items;
            List<String> namespaces = new ArrayList<>();
            for (int i = 0; i < NAMESPACES; i++) {
                namespaces.add(prefix + "-" + i);
            }
            List<ConfigMap> configMaps = configMaps(namespaces, items);

            Path bucket = Files.createTempDirectory("velero-bench-restore");
            try {
                run(client, bucket, namespaces, configMaps, items, workers);
            } finally {
                deleteRecursively(bucket);
            }
        }
    }

    private static void run(KubernetesClient client, Path bucket, List<String> namespaces,
                            List<ConfigMap> configMaps, int items, int workers) throws Exception {
        BackupStore store = new BackupStore(new FilesystemObjectStore(bucket, Optional.empty()), "");
        store.putBackupFile("bench", BackupFile.CONTENTS, Payload.of(tarball(client, namespaces, configMaps)));
        // Plain, restore, restore, plain: each gets the cluster as fresh or as worn once, which a shared
        // two-core machine otherwise skews by tens of percent.
        double plainSeconds = timePlain(client, namespaces, configMaps, workers);
        RestoreOutcome outcome = null;
        double restoreSeconds = 0;
        for (int round = 0; round < 2; round++) {
            long restoreStart = System.nanoTime();
            outcome = restore(client, store, workers);
            restoreSeconds += (System.nanoTime() - restoreStart) / 1e9;
            deleteNamespaces(client, namespaces);
            if (outcome.failed() || !outcome.results().errors().isEmpty()) {
                throw new IllegalStateException("restore failed: " + outcome.failureReason().orElse("")
                        + " " + outcome.results().errors());
            }
        }
        plainSeconds += timePlain(client, namespaces, configMaps, workers);
        restoreSeconds /= 2;
        plainSeconds /= 2;

        double restoreRate = items / restoreSeconds;
        double plainRate = items / plainSeconds;
        System.out.printf("| %d%s | %d | %d | %.1f s | %.0f items/s | %.0f items/s | %.0f%% |%n", items,
                MANAGED_FIELDS ? " (with managedFields)" : "", workers, outcome.itemsRestored(), restoreSeconds, restoreRate, plainRate, 100 * restoreRate / plainRate);
    }

    /** Creates the namespaces, times creating the ConfigMaps into them, deletes the namespaces again. */
    private static double timePlain(KubernetesClient client, List<String> namespaces, List<ConfigMap> configMaps,
                                    int workers) throws Exception {
        createNamespaces(client, namespaces);
        long start = System.nanoTime();
        createPlainly(client, configMaps, workers);
        double seconds = (System.nanoTime() - start) / 1e9;
        deleteNamespaces(client, namespaces);
        return seconds;
    }

    private static List<ConfigMap> configMaps(List<String> namespaces, int items) {
        List<ConfigMap> configMaps = new ArrayList<>(items);
        for (int i = 0; i < items; i++) {
            configMaps.add(new ConfigMapBuilder().withNewMetadata().withName("cm-" + i)
                    .withNamespace(namespaces.get(i % NAMESPACES)).addToLabels("app", "bench").endMetadata()
                    .addToData("payload", PAYLOAD).build());
        }
        return configMaps;
    }

    private static void createPlainly(KubernetesClient client, List<ConfigMap> configMaps, int workers)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        try {
            List<Future<?>> created = new ArrayList<>();
            for (ConfigMap configMap : configMaps) {
                created.add(pool.submit(() -> client.configMaps()
                        .inNamespace(configMap.getMetadata().getNamespace()).resource(configMap).create()));
            }
            for (Future<?> future : created) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** The items as a backup of the live objects would hold them, without creating them first. */
    private static byte[] tarball(KubernetesClient client, List<String> namespaces, List<ConfigMap> configMaps)
            throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TarballWriter writer = TarballWriter.open(bytes)) {
            for (String namespace : namespaces) {
                Namespace item = new NamespaceBuilder().withApiVersion("v1").withKind("Namespace").withNewMetadata()
                        .withName(namespace).endMetadata().build();
                writer.writeItem(ItemKey.clusterScoped(NAMESPACE_TYPE, namespace), json(client, item), "v1");
            }
            for (ConfigMap configMap : configMaps) {
                ConfigMapBuilder item = new ConfigMapBuilder(configMap).withApiVersion("v1").withKind("ConfigMap");
                if (MANAGED_FIELDS) {
                    item.editMetadata().addNewManagedField().withManager("bench").withOperation("Update")
                            .withApiVersion("v1").withTime("2026-01-01T00:00:00Z").withFieldsType("FieldsV1")
                            .withNewFieldsV1().addToAdditionalProperties("f:data", Map.of("f:payload", Map.of()))
                            .endFieldsV1().endManagedField().endMetadata();
                }
                writer.writeItem(ItemKey.namespaced(CONFIG_MAPS, configMap.getMetadata().getNamespace(),
                        configMap.getMetadata().getName()), json(client, item.build()), "v1");
            }
        }
        return bytes.toByteArray();
    }

    private static byte[] json(KubernetesClient client, Object item) {
        return client.getKubernetesSerialization().asJson(item).getBytes(StandardCharsets.UTF_8);
    }

    private static RestoreOutcome restore(KubernetesClient client, BackupStore store, int workers) {
        Restore restore = new Restore();
        restore.getMetadata().setName("bench-restore");
        restore.getMetadata().setNamespace("velero");
        RestoreSpec spec = new RestoreSpec();
        spec.setBackupName("bench");
        restore.setSpec(spec);
        try (RestoreLog log = new RestoreLog("velero/bench-restore", Clock.systemUTC())) {
            RestoreOutcome outcome = new RestoreEngine(client, RestoreSettings.defaults().withItemWorkerCount(workers),
                    Clock.systemUTC()).restore(restore, store, log, (total, restored) -> { });
            printTimeline(log);
            return outcome;
        }
    }

    /** The restore's own log lines about its phases (download, each tier), which show where the time went. */
    private static void printTimeline(RestoreLog log) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(log.finish().stream()), StandardCharsets.UTF_8))) {
            lines.lines().filter(line -> line.contains("backup bench") || line.contains("msg=\"Restoring ")
                    || line.contains("restore completed")).forEach(System.err::println);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the restore's log", e);
        }
    }

    private static void createNamespaces(KubernetesClient client, List<String> namespaces) {
        for (String namespace : namespaces) {
            client.namespaces().resource(new NamespaceBuilder().withNewMetadata().withName(namespace).endMetadata()
                    .build()).create();
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static void deleteNamespaces(KubernetesClient client, List<String> namespaces) throws Exception {
        for (String namespace : namespaces) {
            client.namespaces().withName(namespace).delete();
        }
        for (String namespace : namespaces) {
            while (client.namespaces().withName(namespace).get() != null) {
                Thread.sleep(200);
            }
        }
    }
}
