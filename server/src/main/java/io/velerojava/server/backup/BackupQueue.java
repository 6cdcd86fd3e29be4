package io.velerojava.server.backup;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import io.velerojava.api.v1.Backup;
import io.velerojava.api.v1.BackupPhase;
import io.velerojava.engine.backup.BackupNamespaces;
import io.velerojava.server.backup.BackupQueuePlan.Entry;
import io.velerojava.server.backup.BackupQueuePlan.Plan;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies {@link BackupQueuePlan} to the server's namespace: queues new backups (phase Queued with a position) and
 * moves queued ones to ReadyToStart when they may run, renumbering the rest. Each step reads the backups from the
 * API server, not a cache, under one lock, so two reconcile threads never hand out the same position or slot;
 * leader election makes this process the only writer.
 */
final class BackupQueue {

    private static final Logger log = LoggerFactory.getLogger(BackupQueue.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final KubernetesClient client;
    private final String namespace;
    private final int concurrentBackups;

    BackupQueue(KubernetesClient client, String namespace, int concurrentBackups) {
        this.client = client;
        this.namespace = namespace;
        this.concurrentBackups = concurrentBackups;
    }

    /** Puts a new backup at the end of the queue, then starts what may start. */
    synchronized void enqueue(Backup backup) {
        String name = backup.getMetadata().getName();
        List<Backup> backups = backups();
        Backup current = backups.stream().filter(candidate -> candidate.getMetadata().getName().equals(name))
                .findFirst().orElse(null);
        if (current == null || !isNew(current)) {
            return; // deleted, or queued already by an earlier event
        }
        int position = BackupQueuePlan.nextPosition(entries(backups, Set.of()));
        patchStatus(name, Map.of("phase", BackupPhase.QUEUED.value(), "queuePosition", position));
        log.info("backup {}/{} queued at position {}", namespace, name, position);
        promote();
    }

    /** Moves every queued backup that may run now to ReadyToStart, in queue order, and renumbers the rest. */
    synchronized void promote() {
        List<Backup> backups = backups();
        if (backups.stream().noneMatch(backup -> BackupPhase.QUEUED.equals(phase(backup)))) {
            return;
        }
        List<String> clusterNamespaces = client.namespaces().list().getItems().stream()
                .map(ns -> ns.getMetadata().getName()).toList();
        Plan plan = BackupQueuePlan.plan(entries(backups, clusterNamespaces), concurrentBackups);
        for (String name : plan.start()) {
            Map<String, Object> status = new HashMap<>();
            status.put("phase", BackupPhase.READY_TO_START.value());
            status.put("queuePosition", null);
            patchStatus(name, status);
            log.info("backup {}/{} leaves the queue, ready to start", namespace, name);
        }
        plan.positions().forEach((name, position) -> patchStatus(name, Map.of("queuePosition", position)));
    }

    private List<Backup> backups() {
        return client.resources(Backup.class).inNamespace(namespace).list().getItems();
    }

    private static List<Entry> entries(List<Backup> backups, Collection<String> clusterNamespaces) {
        return backups.stream().filter(backup -> phase(backup) != null
                        && BackupQueuePlan.ACTIVE.contains(phase(backup)))
                .map(backup -> new Entry(backup.getMetadata().getName(), phase(backup),
                        backup.getStatus().getQueuePosition() == null ? 0 : backup.getStatus().getQueuePosition(),
                        BackupNamespaces.resolve(backup.getSpec(), clusterNamespaces)))
                .toList();
    }

    static boolean isNew(Backup backup) {
        BackupPhase phase = phase(backup);
        return phase == null || phase.value().isEmpty() || BackupPhase.NEW.equals(phase);
    }

    private static BackupPhase phase(Backup backup) {
        return backup.getStatus() == null ? null : backup.getStatus().getPhase();
    }

    private void patchStatus(String name, Map<String, Object> status) {
        try {
            client.resources(Backup.class).inNamespace(namespace).withName(name).subresource("status")
                    .patch(PatchContext.of(PatchType.JSON_MERGE), JSON.writeValueAsString(Map.of("status", status)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a map of strings and numbers always serializes", e);
        }
    }
}
