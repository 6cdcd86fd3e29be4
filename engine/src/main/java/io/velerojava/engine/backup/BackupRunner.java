package io.velerojava.engine.backup;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.velerojava.api.v1.Backup;
import io.velerojava.archive.GroupResource;
import io.velerojava.archive.TarballWriter;
import io.velerojava.engine.discovery.ApiResource;
import io.velerojava.engine.podvolume.PodVolumeBackupAction;
import io.velerojava.engine.podvolume.PodVolumeBackupsFile;
import io.velerojava.engine.podvolume.PodVolumeLog;
import io.velerojava.engine.podvolume.PodVolumeTimeout;
import io.velerojava.storage.backup.BackupFile;
import io.velerojava.storage.backup.BackupStore;
import io.velerojava.storage.backup.BackupUpload;
import io.velerojava.storage.backup.Payload;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.zip.GZIPOutputStream;

/**
 * Runs one backup: discovers the served resource types, lists every item the spec selects, writes them to a
 * tarball in a temporary file through parallel item backuppers, adds the CRDs of backed-up custom resources and
 * the namespaces, then uploads tarball, log, resource list, results and metadata through the {@link BackupStore}.
 */
public final class BackupRunner {

    private static final GroupResource CRDS = new GroupResource("apiextensions.k8s.io", "customresourcedefinitions");
    private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();
    private static final ObjectMapper PRETTY = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final ObjectMapper COMPACT = new ObjectMapper();
    private static final byte[] EMPTY_JSON_ARRAY = "[]".getBytes(StandardCharsets.UTF_8);
    /** LIST calls in flight at once; a few hide the round trips, more only load the API server. */
    private static final int PARALLEL_LISTS = 4;

    private final KubernetesClient client;
    private final BackupSettings settings;

    public BackupRunner(KubernetesClient client, BackupSettings settings) {
        this.client = Objects.requireNonNull(client, "client");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /**
     * Backs up what {@code backup}'s spec selects and stores it in {@code store}. {@code backup} is the object as
     * it is while in progress (spec defaults filled in, start time and expiration set); the stored
     * {@code velero-backup.json} is that object with the final status.
     */
    public BackupOutcome run(Backup backup, BackupStore store, ProgressListener listener) {
        String name = backup.getMetadata().getName();
        if (store.backupExists(name)) {
            return BackupOutcome.failed("a backup named " + name + " already exists in the backup storage location;"
                    + " choose another name", settings.clock().instant());
        }
        Duration podVolumeTimeout;
        try {
            podVolumeTimeout = PodVolumeTimeout.of(backup, PodVolumeTimeout.DEFAULT);
        } catch (IllegalArgumentException e) {
            return BackupOutcome.failed(e.getMessage(), settings.clock().instant());
        }
        String reference = backup.getMetadata().getNamespace() + "/" + name;
        try (BackupLog log = BackupLog.create(reference, settings.logFormat(), settings.logLevel(), settings.clock());
                TemporaryFile tarball = TemporaryFile.create("velero-backup-", ".tar.gz")) {
            ResourceListBuilder resourceList = new ResourceListBuilder();
            PodVolumeBackupAction podVolumes = new PodVolumeBackupAction(client, backup, podVolumeTimeout,
                    podVolumeLog(log), settings.clock());
            BackupOutcome outcome = collect(backup, log, tarball.path(), resourceList, podVolumes, listener);
            if (outcome.failure().isPresent()) {
                uploadLogOnly(store, name, log);
                return outcome;
            }
            return upload(backup, store, log, tarball.path(), resourceList, podVolumes, outcome);
        } catch (IOException e) {
            return BackupOutcome.failed("cannot use a temporary file for the backup: " + e.getMessage(),
                    settings.clock().instant());
        }
    }

    private BackupOutcome collect(Backup backup, BackupLog log, Path tarballFile, ResourceListBuilder resourceList,
            PodVolumeBackupAction podVolumes, ProgressListener listener) throws IOException {
        log.info("Starting backup");
        Optional<String> failure;
        int itemsBackedUp = 0;
        int totalItems = 0;
        try (TarballWriter tarball = TarballWriter.open(Files.newOutputStream(tarballFile));
                ItemWorkers workers = new ItemWorkers(settings.workerCount());
                ProgressReporter progress = new ProgressReporter(listener)) {
            BackupTargets targets = BackupTargets.resolve(client, backup.getSpec());
            RelatedItems relatedItems = new RelatedItems(client, targets.discovered(), targets.scope(), log,
                    RelatedItems.builtIn(client));
            ItemBackupper backupper = new ItemBackupper(tarball, resourceList, log, podVolumes, relatedItems);
            progress.start(backupper::itemsBackedUp, backupper::itemsFound);
            failure = backUpEverything(targets, log, backupper, workers, podVolumes);
            itemsBackedUp = backupper.itemsBackedUp();
            totalItems = backupper.itemsFound();
        } catch (KubernetesClientException | IllegalStateException | IllegalArgumentException e) {
            failure = Optional.of(e.getMessage());
        }
        BackupResults results = log.results();
        failure.ifPresent(reason -> log.error(ResultScope.velero(), "backup failed: " + reason));
        log.info("Backed up " + itemsBackedUp + " of " + totalItems + " items");
        return new BackupOutcome(itemsBackedUp, totalItems, results.warningCount(), results.errorCount(), failure,
                settings.clock().instant());
    }

    /** The named steps of a backup; returns why it failed as a whole, if it did. */
    private Optional<String> backUpEverything(BackupTargets targets, BackupLog log, ItemBackupper backupper,
            ItemWorkers workers, PodVolumeBackupAction podVolumes) {
        try {
            listEveryType(targets, log, backupper, workers);
            workers.awaitAll();
            backUpNamespaces(targets, backupper);
            backUpCustomResourceDefinitions(targets, backupper, log);
            podVolumes.awaitCompletion();
            return workers.fatalFailure();
        } catch (KubernetesClientException | IllegalStateException | IllegalArgumentException
                | UncheckedIOException e) {
            return Optional.of(e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of("the backup was interrupted (server shutting down)");
        }
    }

    /**
     * Lists the collected types, {@value #PARALLEL_LISTS} LIST calls at a time; a type's items named in
     * {@code spec.orderedResources} are fetched and written before its listing starts. Items that actions look at (they
     * may fetch related items or start pod volume backups) go to the item workers, and the lister runs one itself
     * when the workers' queue is full, which keeps memory bounded; every other item only needs its bytes written,
     * cheaper done by the lister than handed over.
     */
    private void listEveryType(BackupTargets targets, BackupLog log, ItemBackupper backupper, ItemWorkers workers)
            throws InterruptedException {
        try (ListingTasks listings = new ListingTasks(PARALLEL_LISTS)) {
            ItemCollector collector = new ItemCollector(client, settings.pageSize(), log, listings::submit);
            for (ApiResource resource : targets.discovered().all()) {
                if (resource.groupResource().equals(BackupScope.NAMESPACES) || !targets.scope().collects(resource)) {
                    continue;
                }
                boolean onWorkers = backupper.runsActionsOn(resource);
                Consumer<BackupItem> backUp = item -> {
                    if (!backupper.found(resource, item)) {
                        return;
                    }
                    if (onWorkers) {
                        workers.submit(() -> backupper.backUp(resource, item));
                    } else {
                        backupper.backUp(resource, item);
                    }
                };
                List<String> ordered = targets.order().forType(resource);
                if (ordered.isEmpty()) {
                    listAllOf(resource, targets, collector, listings, backUp);
                } else {
                    // Items named in orderedResources go first, one by one on this lister, then the rest.
                    listings.submit(() -> {
                        collector.collectOrdered(resource, targets, ordered, item -> {
                            if (backupper.found(resource, item)) {
                                backupper.backUp(resource, item);
                            }
                        });
                        listAllOf(resource, targets, collector, listings, backUp);
                    });
                }
            }
            listings.awaitAll();
        }
    }

    /** One listing per label selector (Velero ORs them), each in its own task. */
    private static void listAllOf(ApiResource resource, BackupTargets targets, ItemCollector collector,
            ListingTasks listings, Consumer<BackupItem> backUp) {
        for (Optional<String> selector : targets.selectors()) {
            listings.submit(() -> collector.collect(resource, targets, selector, backUp));
        }
    }

    /**
     * The Namespace objects of the namespaces in scope; with label selectors only those holding a backed-up item
     * or matching a selector, as Velero does since 1.14.
     */
    private void backUpNamespaces(BackupTargets targets, ItemBackupper backupper) {
        if (!targets.scope().collects(targets.namespaces())) {
            return;
        }
        boolean selective = targets.selectors().stream().anyMatch(Optional::isPresent);
        Set<String> wanted = selective ? namespacesSelected(targets, backupper) : null;
        List<GenericKubernetesResource> namespaces = OrderedItems.sort(targets.order().forType(
                targets.namespaces()), targets.allNamespaces(), namespace -> namespace.getMetadata().getName());
        for (GenericKubernetesResource namespace : namespaces) {
            String name = namespace.getMetadata().getName();
            if (targets.scope().includesNamespace(name) && (wanted == null || wanted.contains(name))) {
                backupper.found();
                backupper.backUp(targets.namespaces(),
                        BackupItem.of(targets.namespaces().apiVersion(), targets.namespaces().kind(), namespace));
            }
        }
    }

    private Set<String> namespacesSelected(BackupTargets targets, ItemBackupper backupper) {
        Set<String> wanted = new HashSet<>(backupper.namespacesWithItems());
        for (Optional<String> selector : targets.selectors()) {
            selector.ifPresent(query -> client.genericKubernetesResources(targets.namespaces().definitionContext())
                    .withLabelSelector(query).list().getItems()
                    .forEach(namespace -> wanted.add(namespace.getMetadata().getName())));
        }
        return wanted;
    }

    /** The CRD of every custom resource type an item was backed up of, so a restore can recreate the type. */
    private void backUpCustomResourceDefinitions(BackupTargets targets, ItemBackupper backupper, BackupLog log) {
        Optional<ApiResource> crds = targets.discovered().find(CRDS);
        if (crds.isEmpty() || !targets.scope().admitsRelatedClusterItem(CRDS)) {
            return;
        }
        for (GroupResource type : backupper.typesWithItems()) {
            if (type.isCore()) {
                continue;
            }
            GenericKubernetesResource crd = client.genericKubernetesResources(crds.get().definitionContext())
                    .withName(type.toString()).get();
            if (crd != null) {
                log.info("Adding CustomResourceDefinition " + type + " of backed-up custom resources");
                backupper.found();
                backupper.backUp(crds.get(), BackupItem.of(crds.get().apiVersion(), crds.get().kind(), crd));
            }
        }
    }

    /**
     * Uploads everything; the metadata written is the in-progress Backup with its final status. If the upload
     * fails the backup fails, and the store has removed what it wrote.
     */
    private BackupOutcome upload(Backup backup, BackupStore store, BackupLog log, Path tarballFile,
            ResourceListBuilder resourceList, PodVolumeBackupAction podVolumes, BackupOutcome outcome)
            throws IOException {
        Backup finished = SERIALIZATION.clone(backup);
        BackupCompletion.complete(finished, outcome);
        log.info("Uploading backup, phase " + BackupCompletion.phaseOf(outcome));
        Map<BackupFile, Payload> sidecars = new EnumMap<>(BackupFile.class);
        sidecars.put(BackupFile.POD_VOLUME_BACKUPS, Payload.of(PodVolumeBackupsFile.write(podVolumes.backups())));
        sidecars.put(BackupFile.VOLUME_SNAPSHOTS, Payload.of(gzip(EMPTY_JSON_ARRAY)));
        sidecars.put(BackupFile.ITEM_OPERATIONS, Payload.of(gzip(EMPTY_JSON_ARRAY)));
        sidecars.put(BackupFile.RESOURCE_LIST, Payload.of(gzip(COMPACT.writeValueAsBytes(resourceList.build()))));
        sidecars.put(BackupFile.RESULTS, Payload.of(gzip(COMPACT.writeValueAsBytes(log.results()))));
        sidecars.put(BackupFile.VOLUME_INFO, Payload.of(gzip(EMPTY_JSON_ARRAY)));
        byte[] metadata = PRETTY.writeValueAsBytes(PRETTY.readTree(SERIALIZATION.asJson(finished)));
        Path logFile = log.finish();
        try (InputStream contents = Files.newInputStream(tarballFile);
                InputStream logContents = Files.newInputStream(logFile)) {
            store.putBackup(new BackupUpload(backup.getMetadata().getName(), metadata,
                    Payload.of(contents, Files.size(tarballFile)),
                    Optional.of(Payload.of(logContents, Files.size(logFile))), sidecars));
            return outcome;
        } catch (RuntimeException e) {
            return outcome.withFailure("cannot upload the backup to the backup storage location: " + e.getMessage());
        }
    }

    /** Pod volume messages go to the backup log, counted against the pod's namespace. */
    private static PodVolumeLog podVolumeLog(BackupLog log) {
        return new PodVolumeLog() {
            @Override
            public void info(String message) {
                log.info(message);
            }

            @Override
            public void warning(String namespace, String message) {
                log.warn(ResultScope.namespace(namespace), message);
            }

            @Override
            public void error(String namespace, String message) {
                log.error(ResultScope.namespace(namespace), message);
            }
        };
    }

    private static void uploadLogOnly(BackupStore store, String name, BackupLog log) throws IOException {
        Path logFile = log.finish();
        try (InputStream in = Files.newInputStream(logFile)) {
            store.putBackupFile(name, BackupFile.LOG, Payload.of(in, Files.size(logFile)));
        } catch (RuntimeException e) {
            // Best effort, as in Velero: the backup already failed and its reason is on the Backup.
        }
    }

    private static byte[] gzip(byte[] content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(content);
        }
        return bytes.toByteArray();
    }
}
