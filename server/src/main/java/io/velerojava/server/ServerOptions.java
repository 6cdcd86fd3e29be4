package io.velerojava.server;

import io.velerojava.engine.logging.LogFormat;
import io.velerojava.engine.logging.LogLevel;
import io.velerojava.engine.restore.RestoreSettings;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The settings of {@code velero server}, one per flag; {@link #defaults(String)} holds Velero's defaults.
 *
 * @param namespace                       the namespace the server watches and keeps its Lease in
 * @param defaultBackupTtl                a backup's time to live when its spec has none
 * @param backupSyncPeriod                how often a location's backups are synced when the BSL does not say
 * @param storeValidationFrequency        how often a location is validated when the BSL does not say
 * @param clientQps                       sustained Kubernetes API requests per second
 * @param clientBurst                     requests allowed above {@code clientQps} in a burst
 * @param clientPageSize                  items per LIST page during backup; 0 lists without paging
 * @param itemBlockWorkerCount            items of one backup processed in parallel
 * @param logLevel                        the server log's threshold, also applied to backup logs
 * @param logFormat                       text or JSON lines, for the server log and backup logs
 * @param metricsAddress                  where {@code /metrics} is served in Prometheus format
 * @param defaultBackupStorageLocation    the BSL a backup without {@code storageLocation} uses when none is default
 * @param resourceTimeout                 how long to wait for a resource (CRD established, object deleted)
 * @param downloadServerAddress           where the signed URLs of filesystem locations are served
 * @param downloadServerUrl               how clients reach that endpoint, when it differs from the bound address
 * @param garbageCollectionFrequency      how often expired backups are looked for and deleted
 * @param scheduleSkipImmediately         what a Schedule without {@code spec.skipImmediately} does with a run that is
 *                                        due at once (on creation or unpause): skip it or create the backup
 * @param restore                         the restore flags: resource priorities, item workers, timeouts
 * @param concurrentBackups               backups run at once, when their namespaces do not overlap
 */
public record ServerOptions(
        String namespace,
        Duration defaultBackupTtl,
        Duration backupSyncPeriod,
        Duration storeValidationFrequency,
        double clientQps,
        int clientBurst,
        int clientPageSize,
        int itemBlockWorkerCount,
        LogLevel logLevel,
        LogFormat logFormat,
        InetSocketAddress metricsAddress,
        String defaultBackupStorageLocation,
        Duration resourceTimeout,
        InetSocketAddress downloadServerAddress,
        Optional<URI> downloadServerUrl,
        Duration garbageCollectionFrequency,
        ScheduleSkipImmediately scheduleSkipImmediately,
        RestoreSettings restore,
        int concurrentBackups) {

    /**
     * Velero runs one item block at a time; we default to four because backing up an item is dominated by waiting
     * for the API server (pages, related items, CRDs) rather than by CPU, so a few workers keep the tarball writer
     * busy even on a two-core machine.
     */
    public static final int DEFAULT_ITEM_BLOCK_WORKER_COUNT = 4;

    /** Velero's {@code --concurrent-backups} default. */
    public static final int DEFAULT_CONCURRENT_BACKUPS = 1;

    /** Velero's {@code --garbage-collection-frequency} default (its flag default 0 means this). */
    public static final Duration DEFAULT_GARBAGE_COLLECTION_FREQUENCY = Duration.ofHours(1);

    public ServerOptions {
        Objects.requireNonNull(namespace, "namespace");
        requirePositive("--default-backup-ttl", defaultBackupTtl.isNegative() ? -1 : 1);
        requirePositive("--client-qps", clientQps);
        requirePositive("--client-burst", clientBurst);
        if (clientPageSize < 0) {
            throw new IllegalArgumentException("--client-page-size must be 0 (no paging) or positive, got "
                    + clientPageSize);
        }
        requirePositive("--item-block-worker-count", itemBlockWorkerCount);
        Objects.requireNonNull(logLevel, "logLevel");
        Objects.requireNonNull(logFormat, "logFormat");
        Objects.requireNonNull(metricsAddress, "metricsAddress");
        Objects.requireNonNull(defaultBackupStorageLocation, "defaultBackupStorageLocation");
        Objects.requireNonNull(downloadServerAddress, "downloadServerAddress");
        Objects.requireNonNull(downloadServerUrl, "downloadServerUrl");
        if (garbageCollectionFrequency.isNegative() || garbageCollectionFrequency.isZero()) {
            throw new IllegalArgumentException("--garbage-collection-frequency must be positive, got "
                    + garbageCollectionFrequency);
        }
        Objects.requireNonNull(scheduleSkipImmediately, "scheduleSkipImmediately");
        Objects.requireNonNull(restore, "restore");
        requirePositive("--concurrent-backups", concurrentBackups);
    }

    /** The settings before {@code --concurrent-backups} existed: one backup at a time, Velero's default. */
    public ServerOptions(String namespace, Duration defaultBackupTtl, Duration backupSyncPeriod,
            Duration storeValidationFrequency, double clientQps, int clientBurst, int clientPageSize,
            int itemBlockWorkerCount, LogLevel logLevel, LogFormat logFormat, InetSocketAddress metricsAddress,
            String defaultBackupStorageLocation, Duration resourceTimeout, InetSocketAddress downloadServerAddress,
            Optional<URI> downloadServerUrl, Duration garbageCollectionFrequency,
            ScheduleSkipImmediately scheduleSkipImmediately, RestoreSettings restore) {
        this(namespace, defaultBackupTtl, backupSyncPeriod, storeValidationFrequency, clientQps, clientBurst,
                clientPageSize, itemBlockWorkerCount, logLevel, logFormat, metricsAddress,
                defaultBackupStorageLocation, resourceTimeout, downloadServerAddress, downloadServerUrl,
                garbageCollectionFrequency, scheduleSkipImmediately, restore, DEFAULT_CONCURRENT_BACKUPS);
    }

    /** The settings before the restore flags existed, with Velero's defaults for those. */
    public ServerOptions(String namespace, Duration defaultBackupTtl, Duration backupSyncPeriod,
            Duration storeValidationFrequency, double clientQps, int clientBurst, int clientPageSize,
            int itemBlockWorkerCount, LogLevel logLevel, LogFormat logFormat, InetSocketAddress metricsAddress,
            String defaultBackupStorageLocation, Duration resourceTimeout, InetSocketAddress downloadServerAddress,
            Optional<URI> downloadServerUrl, Duration garbageCollectionFrequency,
            ScheduleSkipImmediately scheduleSkipImmediately) {
        this(namespace, defaultBackupTtl, backupSyncPeriod, storeValidationFrequency, clientQps, clientBurst,
                clientPageSize, itemBlockWorkerCount, logLevel, logFormat, metricsAddress,
                defaultBackupStorageLocation, resourceTimeout, downloadServerAddress, downloadServerUrl,
                garbageCollectionFrequency, scheduleSkipImmediately,
                RestoreSettings.defaults().withResourceTimeout(resourceTimeout));
    }

    /** The settings before the backup lifecycle flags existed, with Velero's defaults for those. */
    public ServerOptions(String namespace, Duration defaultBackupTtl, Duration backupSyncPeriod,
            Duration storeValidationFrequency, double clientQps, int clientBurst, int clientPageSize,
            int itemBlockWorkerCount, LogLevel logLevel, LogFormat logFormat, InetSocketAddress metricsAddress,
            String defaultBackupStorageLocation, Duration resourceTimeout, InetSocketAddress downloadServerAddress,
            Optional<URI> downloadServerUrl) {
        this(namespace, defaultBackupTtl, backupSyncPeriod, storeValidationFrequency, clientQps, clientBurst,
                clientPageSize, itemBlockWorkerCount, logLevel, logFormat, metricsAddress,
                defaultBackupStorageLocation, resourceTimeout, downloadServerAddress, downloadServerUrl,
                DEFAULT_GARBAGE_COLLECTION_FREQUENCY, ScheduleSkipImmediately.RUN);
    }

    /** Velero's defaults, for the server watching {@code namespace}. */
    public static ServerOptions defaults(String namespace) {
        return new ServerOptions(namespace, Duration.ofHours(720), Duration.ofMinutes(1), Duration.ofMinutes(1),
                100, 100, 500, DEFAULT_ITEM_BLOCK_WORKER_COUNT, LogLevel.INFO, LogFormat.TEXT,
                new InetSocketAddress(8085), "default", Duration.ofMinutes(10), new InetSocketAddress(8086),
                Optional.empty(), DEFAULT_GARBAGE_COLLECTION_FREQUENCY, ScheduleSkipImmediately.RUN,
                RestoreSettings.defaults(), DEFAULT_CONCURRENT_BACKUPS);
    }

    public ServerOptions withBackupSyncPeriod(Duration period) {
        return new ServerOptions(namespace, defaultBackupTtl, period, storeValidationFrequency, clientQps,
                clientBurst, clientPageSize, itemBlockWorkerCount, logLevel, logFormat, metricsAddress,
                defaultBackupStorageLocation, resourceTimeout, downloadServerAddress, downloadServerUrl,
                garbageCollectionFrequency, scheduleSkipImmediately, restore, concurrentBackups);
    }

    public ServerOptions withGarbageCollectionFrequency(Duration frequency) {
        return new ServerOptions(namespace, defaultBackupTtl, backupSyncPeriod, storeValidationFrequency, clientQps,
                clientBurst, clientPageSize, itemBlockWorkerCount, logLevel, logFormat, metricsAddress,
                defaultBackupStorageLocation, resourceTimeout, downloadServerAddress, downloadServerUrl,
                frequency, scheduleSkipImmediately, restore, concurrentBackups);
    }

    public ServerOptions withScheduleSkipImmediately(ScheduleSkipImmediately skip) {
        return new ServerOptions(namespace, defaultBackupTtl, backupSyncPeriod, storeValidationFrequency, clientQps,
                clientBurst, clientPageSize, itemBlockWorkerCount, logLevel, logFormat, metricsAddress,
                defaultBackupStorageLocation, resourceTimeout, downloadServerAddress, downloadServerUrl,
                garbageCollectionFrequency, skip, restore, concurrentBackups);
    }

    /** Metrics and downloads on free loopback ports: for servers run beside others, as in tests. */
    public ServerOptions withEphemeralLoopbackPorts() {
        InetSocketAddress ephemeral = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
        return new ServerOptions(namespace, defaultBackupTtl, backupSyncPeriod, storeValidationFrequency, clientQps,
                clientBurst, clientPageSize, itemBlockWorkerCount, logLevel, logFormat, ephemeral,
                defaultBackupStorageLocation, resourceTimeout, ephemeral, downloadServerUrl,
                garbageCollectionFrequency, scheduleSkipImmediately, restore, concurrentBackups);
    }

    public ServerOptions withConcurrentBackups(int backups) {
        return new ServerOptions(namespace, defaultBackupTtl, backupSyncPeriod, storeValidationFrequency, clientQps,
                clientBurst, clientPageSize, itemBlockWorkerCount, logLevel, logFormat, metricsAddress,
                defaultBackupStorageLocation, resourceTimeout, downloadServerAddress, downloadServerUrl,
                garbageCollectionFrequency, scheduleSkipImmediately, restore, backups);
    }

    public ServerOptions withRestore(RestoreSettings settings) {
        return new ServerOptions(namespace, defaultBackupTtl, backupSyncPeriod, storeValidationFrequency, clientQps,
                clientBurst, clientPageSize, itemBlockWorkerCount, logLevel, logFormat, metricsAddress,
                defaultBackupStorageLocation, resourceTimeout, downloadServerAddress, downloadServerUrl,
                garbageCollectionFrequency, scheduleSkipImmediately, settings, concurrentBackups);
    }

    private static void requirePositive(String flag, double value) {
        if (!(value > 0)) {
            throw new IllegalArgumentException(flag + " must be positive, got " + value);
        }
    }
}
