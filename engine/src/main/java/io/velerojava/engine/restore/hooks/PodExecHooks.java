package io.velerojava.engine.restore.hooks;

import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.Pod;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The exec hooks of one restored pod from its creation until each has run or failed: the hooks of a container are
 * handed out once that container is up, and the pod stops (its remaining hooks fail) when a hook with
 * {@code onError: Fail} fails. As in Velero, the pod's hooks wait together for as long as the longest wait timeout
 * among them, or without limit when one has none. Thread-safe.
 */
final class PodExecHooks {

    private final String namespace;
    private final String name;
    private final Instant created;
    private final Duration maxWait;
    private final Map<String, List<PodExecHook>> waitingByContainer;
    private int containersRunning;
    private String stopReason;

    PodExecHooks(String namespace, String name, Instant created, Map<String, List<PodExecHook>> byContainer) {
        this.namespace = namespace;
        this.name = name;
        this.created = created;
        this.waitingByContainer = new LinkedHashMap<>(byContainer);
        List<Duration> waits = byContainer.values().stream().flatMap(List::stream).map(PodExecHook::waitTimeout)
                .toList();
        this.maxWait = waits.stream().anyMatch(Duration::isZero) ? Duration.ZERO
                : waits.stream().max(Duration::compareTo).orElse(Duration.ZERO);
    }

    String namespace() {
        return namespace;
    }

    String name() {
        return name;
    }

    Instant created() {
        return created;
    }

    String describe() {
        return namespace + "/" + name;
    }

    /** The hooks of each waiting container that is up in {@code pod}, by container; they are no longer waiting. */
    synchronized List<List<PodExecHook>> takeContainersUp(Pod pod) {
        List<List<PodExecHook>> up = new ArrayList<>();
        if (stopReason != null) {
            return up;
        }
        for (Iterator<Map.Entry<String, List<PodExecHook>>> it = waitingByContainer.entrySet().iterator();
             it.hasNext(); ) {
            Map.Entry<String, List<PodExecHook>> container = it.next();
            boolean waitForReady = container.getValue().stream().anyMatch(PodExecHook::waitForReady);
            if (isUp(pod, container.getKey(), waitForReady)) {
                up.add(container.getValue());
                it.remove();
                containersRunning++;
            }
        }
        return up;
    }

    synchronized void containerDone() {
        containersRunning--;
    }

    /** Stops the pod: no more of its hooks run. The first reason given is kept. */
    synchronized void stop(String reason) {
        if (stopReason == null) {
            stopReason = reason;
        }
    }

    synchronized String stopReason() {
        return stopReason;
    }

    /** Hooks still waiting for their container, now given up on. */
    synchronized List<PodExecHook> abandonWaiting() {
        List<PodExecHook> abandoned = waitingByContainer.values().stream().flatMap(List::stream).toList();
        waitingByContainer.clear();
        return abandoned;
    }

    synchronized boolean isFinished() {
        return waitingByContainer.isEmpty() && containersRunning == 0;
    }

    /**
     * When the hooks still waiting are given up: after the longest wait timeout, or after {@code limit} when a
     * hook waits without one.
     */
    Instant waitDeadline(Duration limit) {
        return created.plus(maxWait.isZero() ? limit : maxWait);
    }

    /** Whether a single hook may no longer start at {@code now}. */
    boolean hasExpired(PodExecHook hook, Instant now) {
        return !hook.waitTimeout().isZero() && now.isAfter(created.plus(hook.waitTimeout()));
    }

    static boolean isUp(Pod pod, String container, boolean waitForReady) {
        if (pod.getStatus() == null || pod.getStatus().getContainerStatuses() == null) {
            return false;
        }
        for (ContainerStatus status : pod.getStatus().getContainerStatuses()) {
            if (container.equals(status.getName())) {
                return waitForReady ? Boolean.TRUE.equals(status.getReady())
                        : status.getState() != null && status.getState().getRunning() != null;
            }
        }
        return false;
    }
}
