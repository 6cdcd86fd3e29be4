package io.velerojava.cli.server;

import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.velerojava.cli.CliContext;
import io.velerojava.cli.GoDurationConverter;
import io.velerojava.engine.logging.LogFormat;
import io.velerojava.engine.logging.LogLevel;
import io.velerojava.engine.restore.RestoreResourcePriorities;
import io.velerojava.engine.restore.RestoreSettings;
import io.velerojava.server.ScheduleSkipImmediately;
import io.velerojava.server.ServerOptions;
import io.velerojava.server.VeleroServer;
import io.velerojava.server.client.RateLimitedClient;
import io.velerojava.server.logging.ServerLogging;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code velero server}: runs the controllers until the process is stopped. */
@Command(name = "server", hidden = true, description = "Run the velero server")
public final class ServerCommand implements Callable<Integer> {

    private static final ServerOptions DEFAULTS = ServerOptions.defaults(CliContext.DEFAULT_NAMESPACE);

    @Spec
    private CommandSpec spec;

    @Option(names = "--default-backup-ttl", converter = GoDurationConverter.class, paramLabel = "DURATION",
            description = "How long to wait by default before backups can be garbage collected (default 720h0m0s)")
    private Duration defaultBackupTtl = DEFAULTS.defaultBackupTtl();

    @Option(names = "--backup-sync-period", converter = GoDurationConverter.class, paramLabel = "DURATION",
            description = "How often to ensure all Velero backups in object storage exist as Backup API objects "
                    + "in the cluster (default 1m0s)")
    private Duration backupSyncPeriod = DEFAULTS.backupSyncPeriod();

    @Option(names = "--store-validation-frequency", converter = GoDurationConverter.class, paramLabel = "DURATION",
            description = "How often to verify if the storage is valid; 0 disables (default 1m0s)")
    private Duration storeValidationFrequency = DEFAULTS.storeValidationFrequency();

    @Option(names = "--client-qps", paramLabel = "QPS",
            description = "Maximum number of requests per second by the server to the Kubernetes API (default 100)")
    private double clientQps = DEFAULTS.clientQps();

    @Option(names = "--client-burst", paramLabel = "N",
            description = "Maximum number of requests by the server to the Kubernetes API in a short period "
                    + "(default 100)")
    private int clientBurst = DEFAULTS.clientBurst();

    @Option(names = "--client-page-size", paramLabel = "N",
            description = "Page size of requests by the server to the Kubernetes API when listing objects during "
                    + "a backup; 0 disables paging (default 500)")
    private int clientPageSize = DEFAULTS.clientPageSize();

    @Option(names = "--item-block-worker-count", paramLabel = "N",
            description = "Number of items of a backup processed in parallel (default "
                    + ServerOptions.DEFAULT_ITEM_BLOCK_WORKER_COUNT + ")")
    private int itemBlockWorkerCount = DEFAULTS.itemBlockWorkerCount();

    @Option(names = "--log-level", paramLabel = "LEVEL",
            description = "The level at which to log: trace, debug, info, warning, error, fatal, panic (default info)")
    private String logLevel = DEFAULTS.logLevel().label();

    @Option(names = "--log-format", paramLabel = "FORMAT",
            description = "The format for log output: text, json (default text)")
    private String logFormat = "text";

    @Option(names = "--metrics-address", converter = AddressConverter.class, paramLabel = "ADDRESS",
            description = "The address to expose prometheus metrics (default :8085)")
    private InetSocketAddress metricsAddress = DEFAULTS.metricsAddress();

    @Option(names = "--default-backup-storage-location", paramLabel = "NAME",
            description = "Name of the backup storage location a backup uses when it names none and no location "
                    + "is default (default \"default\")")
    private String defaultBackupStorageLocation = DEFAULTS.defaultBackupStorageLocation();

    @Option(names = "--resource-timeout", converter = GoDurationConverter.class, paramLabel = "DURATION",
            description = "How long to wait for resource processes which are not covered by other specific timeout "
                    + "parameters (default 10m0s)")
    private Duration resourceTimeout = DEFAULTS.resourceTimeout();

    @Option(names = "--download-server-address", converter = AddressConverter.class, paramLabel = "ADDRESS",
            description = "The address serving download URLs (backup logs, contents) of filesystem backup storage "
                    + "locations (default :8086)")
    private InetSocketAddress downloadServerAddress = DEFAULTS.downloadServerAddress();

    @Option(names = "--download-server-url", paramLabel = "URL",
            description = "The URL clients reach the download server at, when not the bound address "
                    + "(e.g. a Service or port-forward)")
    private URI downloadServerUrl;

    @Option(names = "--garbage-collection-frequency", converter = GoDurationConverter.class, paramLabel = "DURATION",
            description = "How often garbage collection checks for expired backups; 0 means the default (1h0m0s)")
    private Duration garbageCollectionFrequency = Duration.ZERO;

    @Option(names = "--schedule-skip-immediately", arity = "0..1", fallbackValue = "true", paramLabel = "BOOL",
            description = "Skip the first scheduled backup immediately after creating or unpausing a schedule, for "
                    + "schedules that do not set spec.skipImmediately (default false)")
    private boolean scheduleSkipImmediately;

    @Option(names = "--restore-resource-priorities", paramLabel = "RESOURCES",
            description = "Desired order of resource restores as a comma list; a lone '-' separates high priorities "
                    + "(restored first, in order) from low priorities (restored last); other resources are restored "
                    + "alphabetically in between (default: Velero's list)")
    private String restoreResourcePriorities;

    @Option(names = "--restore-item-worker-count", paramLabel = "N",
            description = "Number of items of a restore created in parallel within one priority tier (default "
                    + RestoreSettings.DEFAULT_ITEM_WORKER_COUNT + ")")
    private int restoreItemWorkerCount = RestoreSettings.DEFAULT_ITEM_WORKER_COUNT;

    @Option(names = "--terminating-resource-timeout", converter = GoDurationConverter.class,
            paramLabel = "DURATION", description = "How long to wait on persistent volumes and namespaces to "
                    + "terminate during a restore before timing out (default 10m0s)")
    private Duration terminatingResourceTimeout = Duration.ofMinutes(10);

    @Option(names = "--concurrent-backups", paramLabel = "N",
            description = "Number of backups run at once; a backup waits in the queue (phase Queued) while this "
                    + "many run or while its namespaces overlap a running or earlier queued backup's (default "
                    + ServerOptions.DEFAULT_CONCURRENT_BACKUPS + ")")
    private int concurrentBackups = ServerOptions.DEFAULT_CONCURRENT_BACKUPS;

    @Override
    public Integer call() throws InterruptedException {
        ServerOptions options;
        Config config;
        try (CliContext cli = CliContext.of(spec)) {
            options = new ServerOptions(cli.namespace(), defaultBackupTtl, backupSyncPeriod,
                    storeValidationFrequency, clientQps, clientBurst, clientPageSize, itemBlockWorkerCount,
                    LogLevel.parse(logLevel), LogFormat.parse(logFormat), metricsAddress,
                    defaultBackupStorageLocation, resourceTimeout, downloadServerAddress,
                    Optional.ofNullable(downloadServerUrl),
                    garbageCollectionFrequency.isZero()
                            ? ServerOptions.DEFAULT_GARBAGE_COLLECTION_FREQUENCY : garbageCollectionFrequency,
                    ScheduleSkipImmediately.of(scheduleSkipImmediately), restoreSettings(), concurrentBackups);
            config = cli.kubernetesConfig();
        }
        ServerLogging.configure(options.logLevel(), options.logFormat());
        KubernetesClient client = RateLimitedClient.build(config, options.clientQps(), options.clientBurst());
        VeleroServer server = VeleroServer.start(client, options);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            client.close();
        }, "velero-server-shutdown"));
        // Serve until the process is stopped; the shutdown hook stops the controllers cleanly.
        Thread.currentThread().join();
        return 0;
    }

    private RestoreSettings restoreSettings() {
        RestoreSettings defaults = RestoreSettings.defaults();
        return new RestoreSettings(restoreResourcePriorities == null ? defaults.priorities()
                : RestoreResourcePriorities.parse(restoreResourcePriorities), restoreItemWorkerCount,
                resourceTimeout, terminatingResourceTimeout, defaults.extractionLimits());
    }
}
