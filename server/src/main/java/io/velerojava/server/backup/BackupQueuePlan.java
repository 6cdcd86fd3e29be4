package io.velerojava.server.backup;

import io.velerojava.api.v1.BackupPhase;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Velero 1.18's backup queue, as pure decisions over the backups that are queued or running: a new backup goes to
 * the end of the queue; a queued backup may start when fewer than {@code --concurrent-backups} are running
 * (ReadyToStart or InProgress) and its namespaces overlap none of a running backup or of a backup queued before
 * it. Backups are considered in queue order, so an earlier one that may start always starts first.
 */
final class BackupQueuePlan {

    /** The phases that hold a place in the queue or a running slot. */
    static final Set<BackupPhase> ACTIVE = Set.of(BackupPhase.QUEUED, BackupPhase.READY_TO_START,
            BackupPhase.IN_PROGRESS);

    /**
     * A backup that is queued or running.
     *
     * @param position   its 1-based queue position while Queued; ignored otherwise
     * @param namespaces the cluster's namespaces its filters select
     */
    record Entry(String name, BackupPhase phase, int position, Set<String> namespaces) {

        boolean running() {
            return BackupPhase.READY_TO_START.equals(phase) || BackupPhase.IN_PROGRESS.equals(phase);
        }

        boolean queued() {
            return BackupPhase.QUEUED.equals(phase);
        }
    }

    /**
     * What to write.
     *
     * @param start     the queued backups to move to ReadyToStart, in queue order
     * @param positions the new position of every backup left queued whose position changes
     */
    record Plan(List<String> start, Map<String, Integer> positions) {

        boolean isEmpty() {
            return start.isEmpty() && positions.isEmpty();
        }
    }

    private BackupQueuePlan() {
    }

    /** The position a newly queued backup takes: after the last queued one. */
    static int nextPosition(List<Entry> active) {
        return active.stream().filter(Entry::queued).mapToInt(Entry::position).max().orElse(0) + 1;
    }

    static Plan plan(List<Entry> active, int concurrentBackups) {
        List<Entry> queue = active.stream().filter(Entry::queued)
                .sorted(Comparator.comparingInt(Entry::position)).toList();
        List<Entry> running = new ArrayList<>(active.stream().filter(Entry::running).toList());
        List<String> start = new ArrayList<>();
        List<Entry> left = new ArrayList<>();
        for (Entry candidate : queue) {
            if (running.size() < concurrentBackups && !overlapsEarlier(candidate, running, left)) {
                start.add(candidate.name());
                running.add(candidate);
            } else {
                left.add(candidate);
            }
        }
        Map<String, Integer> positions = new LinkedHashMap<>();
        for (int i = 0; i < left.size(); i++) {
            if (left.get(i).position() != i + 1) {
                positions.put(left.get(i).name(), i + 1);
            }
        }
        return new Plan(Collections.unmodifiableList(start), Collections.unmodifiableMap(positions));
    }

    /** Velero's namespace conflict: any namespace shared with a running backup or one queued ahead. */
    private static boolean overlapsEarlier(Entry candidate, List<Entry> running, List<Entry> queuedAhead) {
        return running.stream().anyMatch(other -> shares(candidate, other))
                || queuedAhead.stream().anyMatch(other -> shares(candidate, other));
    }

    private static boolean shares(Entry one, Entry other) {
        return one.namespaces().stream().anyMatch(other.namespaces()::contains);
    }
}
