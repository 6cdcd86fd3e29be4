package io.velerojava.bench;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.ConfigMapList;
import io.fabric8.kubernetes.api.model.ListOptionsBuilder;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.velerojava.api.builder.BackupBuilder;
import io.velerojava.api.v1.Backup;
import io.velerojava.engine.backup.BackupOutcome;
import io.velerojava.engine.backup.BackupRunner;
import io.velerojava.engine.backup.BackupSettings;
import io.velerojava.engine.logging.LogFormat;
import io.velerojava.engine.logging.LogLevel;
import io.velerojava.storage.backup.BackupStore;
import io.velerojava.storage.filesystem.FilesystemObjectStore;
import io.velerojava.testenv.LocalClusterExtension;
import io.velerojava.testenv.TestEnvironment;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Backs up N ConfigMaps of ~1 KiB spread over 100 namespaces on the local control plane, and, in the same run,
 * measures the limit: a raw paginated LIST of the same objects by a plain client.
 *
 * <p>Usage: {@code BackupBenchmark <items> [workers] [runs]}; run it with {@code -Xmx256m} to prove the heap
 * bound. Each run is a raw LIST then a backup, in the same JVM: the first is "cold" (a fresh JVM, as a benchmark
 * starts), later ones "warm" (as a long-running server is after its first backups). Prints one Markdown table row
 * per run, with the CPU time this JVM and the API server with etcd spent on each.
 */
public final class BackupBenchmark {

    private static final int NAMESPACES = 100;
    private static final int PAGE_SIZE = 500;
    private static final String LABEL = "velero-java.bench/backup";

    public static void main(String[] args) throws Exception {
        int items = Integer.parseInt(args[0]);
        int workers = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        try (KubernetesClient client = new KubernetesClientBuilder()
                .withConfig(LocalClusterExtension.adminConfig()).build()) {
            String prefix = "bench-" + items;
            seed(client, prefix, items);
            for (int run = 1; run <= runs; run++) {
                measure(client, prefix, items, workers, run == 1 ? "cold" : "warm");
            }
        }
    }

    /** One raw LIST, then one backup of the same objects; prints their row. */
    private static void measure(KubernetesClient client, String prefix, int items, int workers, String jvm)
            throws Exception {
        long listServerCpu = serverCpuTicks();
        long listCpu = processCpuNanos();
        long listStart = System.nanoTime();
        int listed = rawPaginatedList(client, prefix);
        double listSeconds = (System.nanoTime() - listStart) / 1e9;
        listCpu = processCpuNanos() - listCpu;
        listServerCpu = serverCpuTicks() - listServerCpu;

        Path bucket = Files.createTempDirectory("velero-bench-bucket");
        BackupStore store = new BackupStore(new FilesystemObjectStore(bucket, Optional.empty()), "");
        List<String> namespaces = new ArrayList<>();
        for (int n = 0; n < NAMESPACES; n++) {
            namespaces.add(prefix + "-" + n);
        }
        Backup backup = BackupBuilder.forBackup("velero", prefix + "-" + System.currentTimeMillis())
                .includedNamespaces(namespaces.toArray(String[]::new)).build();
        HeapWatcher heap = HeapWatcher.start();
        long backupServerCpu = serverCpuTicks();
        long backupCpu = processCpuNanos();
        long backupStart = System.nanoTime();
        BackupOutcome outcome = new BackupRunner(client, new BackupSettings(PAGE_SIZE, workers, LogFormat.TEXT,
                LogLevel.INFO, Clock.systemUTC())).run(backup, store, (done, total) -> { });
        double backupSeconds = (System.nanoTime() - backupStart) / 1e9;
        backupCpu = processCpuNanos() - backupCpu;
        backupServerCpu = serverCpuTicks() - backupServerCpu;
        long peakHeap = heap.stop();
        if (outcome.failure().isPresent()) {
            throw new IllegalStateException("backup failed: " + outcome.failure().get());
        }
        double listRate = listed / listSeconds;
        double backupRate = outcome.itemsBackedUp() / backupSeconds;
        System.out.printf("| %,d | %s | %d | %,d | %.1f s | %,.0f items/s | %,.0f items/s | %.0f%% | %.1f s / %.1f s"
                        + " | %.1f s / %.1f s | %d MiB | %d MiB |%n",
                items, jvm, workers, outcome.itemsBackedUp(), backupSeconds, backupRate, listRate,
                100 * backupRate / listRate, backupCpu / 1e9, listCpu / 1e9, backupServerCpu / 100.0,
                listServerCpu / 100.0, peakHeap >> 20, peakRssBytes() >> 20);
    }

    /** Creates what is missing of the N ConfigMaps, 8 at a time (creation is not what is measured). */
    private static void seed(KubernetesClient client, String prefix, int items) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> pending = new ArrayList<>();
            String payload = "x".repeat(1000);
            for (int n = 0; n < NAMESPACES; n++) {
                String namespace = prefix + "-" + n;
                if (client.namespaces().withName(namespace).get() == null) {
                    client.namespaces().resource(new NamespaceBuilder().withNewMetadata().withName(namespace)
                            .addToLabels(LABEL, prefix).endMetadata().build()).create();
                }
                int existing = client.configMaps().inNamespace(namespace).withLabel(LABEL, prefix).list().getItems().size();
                for (int i = existing; i < items / NAMESPACES; i++) {
                    ConfigMap configMap = new ConfigMapBuilder().withNewMetadata().withName("cm-" + i)
                            .withNamespace(namespace).addToLabels(LABEL, prefix).endMetadata()
                            .addToData("payload", payload).build();
                    pending.add(pool.submit(() -> client.configMaps().inNamespace(namespace).resource(configMap).create()));
                }
            }
            for (Future<?> future : pending) {
                future.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    private static int rawPaginatedList(KubernetesClient client, String prefix) {
        int count = 0;
        for (int n = 0; n < NAMESPACES; n++) {
            String continueToken = null;
            do {
                ConfigMapList page = client.configMaps().inNamespace(prefix + "-" + n).list(new ListOptionsBuilder()
                        .withLimit((long) PAGE_SIZE).withContinue(continueToken).build());
                count += page.getItems().size();
                continueToken = page.getMetadata().getContinue();
            } while (continueToken != null && !continueToken.isEmpty());
        }
        return count;
    }

    /**
     * CPU time (in 1/100 s, the kernel's clock ticks) of the local API server and etcd so far, from the process ids
     * {@code testenv/cluster.sh} keeps beside the kubeconfig; both share the machine's cores with this JVM.
     */
    private static long serverCpuTicks() throws Exception {
        Path pids = TestEnvironment.get().kubeconfig().getParent().resolve("pids");
        long ticks = 0;
        for (String server : List.of("kube-apiserver", "etcd")) {
            String pid = Files.readString(pids.resolve(server + ".pid")).trim();
            String stat = Files.readString(Path.of("/proc", pid, "stat"));
            // Fields after the parenthesised command name; utime and stime are the 14th and 15th of the line.
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        }
        return ticks;
    }

    /** CPU time of this JVM so far: its threads, the JIT compilers' and the garbage collector's. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static long peakRssBytes() throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmHWM:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
            }
        }
        return -1;
    }

    /** Samples used heap every 50 ms; the JVM's own peak counters reset with every GC cycle's pools. */
    private static final class HeapWatcher {
        private final Thread thread;
        private volatile boolean running = true;
        private volatile long peak;

        private HeapWatcher() {
            thread = new Thread(() -> {
                while (running) {
                    long used = 0;
                    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                        if (pool.getType() == MemoryType.HEAP) {
                            used += pool.getUsage().getUsed();
                        }
                    }
                    peak = Math.max(peak, used);
                    try {
                        Thread.sleep(50);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "heap-watcher");
            thread.setDaemon(true);
        }

        static HeapWatcher start() {
            HeapWatcher watcher = new HeapWatcher();
            watcher.thread.start();
            return watcher;
        }

        long stop() throws InterruptedException {
            running = false;
            thread.join();
            return peak;
        }
    }
}
