package io.velerojava.engine.restore.hooks;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.Pod;
import io.velerojava.engine.restore.HookCounts;
import io.velerojava.engine.restore.pipeline.RestoreRecord;
import io.velerojava.engine.restore.hooks.PodCommandExecutor.CommandFailedException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Post-restore exec hooks: each created pod with hooks is registered; {@link #awaitCompletion} then watches those
 * pods (one read per pod per poll) and runs the hooks of each container, in order, as soon as it is running (or
 * ready, with {@code waitForReady}), on a few threads so that a slow hook does not hold back the others. Hooks
 * whose pod is deleted or ends, whose container does not come up within the wait timeout, that fail, or that
 * follow a failed {@code onError: Fail} hook of their pod, fail: each is counted in {@link #counts()} and is an
 * error of the restore under the pod's namespace (Velero 1.13+). Thread-safe.
 */
final class PostRestoreExecHooks {

    private static final int EXEC_THREADS = 4;

    private final ExecHookSelection selection;
    private final PodLookup pods;
    private final PodCommandExecutor executor;
    private final Duration waitLimit;
    private final Duration pollInterval;
    private final Clock clock;
    private final RestoreRecord record;
    private final List<PodExecHooks> registered = new CopyOnWriteArrayList<>();
    private final AtomicInteger attempted = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();

    /**
     * @param waitLimit how long hooks without a wait timeout wait for their container (Velero waits until the
     *                  restore is cancelled; we wait as long as the restore's item operations may take)
     */
    PostRestoreExecHooks(ExecHookSelection selection, PodLookup pods, PodCommandExecutor executor,
                         Duration waitLimit, Duration pollInterval, Clock clock, RestoreRecord record) {
        this.selection = selection;
        this.pods = pods;
        this.executor = executor;
        this.waitLimit = waitLimit;
        this.pollInterval = pollInterval;
        this.clock = clock;
        this.record = record;
    }

    /** Registers the exec hooks of a pod just created; hooks for containers the pod lacks are dropped. */
    void afterCreate(ObjectNode pod) {
        String namespace = pod.path("metadata").path("namespace").asText();
        String name = pod.path("metadata").path("name").asText();
        Map<String, List<PodExecHook>> byContainer = selection.forPod(pod, warning -> record.log()
                .warning("pod " + namespace + "/" + name + ": " + warning));
        Set<String> containers = new HashSet<>();
        pod.path("spec").path("containers").forEach(container -> containers.add(container.path("name").asText()));
        byContainer.keySet().removeIf(container -> {
            boolean missing = !containers.contains(container);
            if (missing) {
                record.warning(Optional.of(namespace), "pod " + namespace + "/" + name + " does not have container "
                        + container + ": discarding its post-restore exec hooks");
            }
            return missing;
        });
        if (byContainer.isEmpty()) {
            return;
        }
        attempted.addAndGet(byContainer.values().stream().mapToInt(List::size).sum());
        registered.add(new PodExecHooks(namespace, name, clock.instant(), byContainer));
    }

    /** Runs the registered hooks, waiting for their containers; returns when every one has run or failed. */
    void awaitCompletion() throws InterruptedException {
        if (registered.isEmpty()) {
            return;
        }
        record.log().info("Running the post-restore exec hooks of " + registered.size() + " pod(s)");
        ExecutorService threads = Executors.newFixedThreadPool(EXEC_THREADS, runnable -> {
            Thread thread = new Thread(runnable, "restore-exec-hook");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<PodExecHooks> unfinished = new ArrayList<>(registered);
            while (!unfinished.isEmpty()) {
                for (Iterator<PodExecHooks> it = unfinished.iterator(); it.hasNext(); ) {
                    PodExecHooks pod = it.next();
                    observe(pod, threads);
                    if (pod.isFinished()) {
                        it.remove();
                    }
                }
                if (!unfinished.isEmpty()) {
                    Thread.sleep(pollInterval.toMillis());
                }
            }
        } finally {
            threads.shutdownNow();
            threads.awaitTermination(1, TimeUnit.MINUTES);
        }
    }

    HookCounts counts() {
        return new HookCounts(attempted.get(), failed.get());
    }

    private void observe(PodExecHooks hooks, ExecutorService threads) {
        if (hooks.stopReason() != null) {
            abandon(hooks, hooks.stopReason());
            return;
        }
        Optional<Pod> pod;
        try {
            pod = pods.find(hooks.namespace(), hooks.name());
        } catch (RuntimeException e) {
            record.log().warning("cannot read pod " + hooks.describe() + " to run its exec hooks: " + e.getMessage());
            abandonIfWaitedTooLong(hooks);
            return;
        }
        String phase = pod.map(p -> p.getStatus() == null ? "" : p.getStatus().getPhase()).orElse("");
        if (pod.isEmpty()) {
            abandon(hooks, "pod " + hooks.describe() + " was deleted before all hooks were executed");
        } else if ("Succeeded".equals(phase) || "Failed".equals(phase)) {
            abandon(hooks, "pod " + hooks.describe() + " entered phase " + phase + " before the hook ran");
        } else {
            for (List<PodExecHook> containerHooks : hooks.takeContainersUp(pod.get())) {
                threads.execute(() -> runContainerHooks(hooks, containerHooks));
            }
            abandonIfWaitedTooLong(hooks);
        }
    }

    private void abandonIfWaitedTooLong(PodExecHooks hooks) {
        Instant deadline = hooks.waitDeadline(waitLimit);
        if (clock.instant().isAfter(deadline)) {
            abandon(hooks, "its container was not running (or ready, for waitForReady) within "
                    + Duration.between(hooks.created(), deadline) + " of the pod's creation");
        }
    }

    private void abandon(PodExecHooks hooks, String reason) {
        for (PodExecHook hook : hooks.abandonWaiting()) {
            fail(hooks, "hook " + hook.name() + " in container " + hook.container() + " in pod " + hooks.describe()
                    + " not executed: " + reason);
        }
    }

    private void runContainerHooks(PodExecHooks hooks, List<PodExecHook> containerHooks) {
        try {
            for (PodExecHook hook : containerHooks) {
                String described = "hook " + hook.name() + " in container " + hook.container() + " in pod "
                        + hooks.describe();
                if (hooks.stopReason() != null) {
                    fail(hooks, described + " not executed: " + hooks.stopReason());
                } else if (hooks.hasExpired(hook, clock.instant())) {
                    fail(hooks, described + " expired before executing (wait timeout " + hook.waitTimeout() + ")");
                    stopOnFail(hooks, hook);
                } else {
                    execute(hooks, hook, described);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            hooks.containerDone();
        }
    }

    private void execute(PodExecHooks hooks, PodExecHook hook, String described) throws InterruptedException {
        try {
            String output = executor.execute(hooks.namespace(), hooks.name(), hook.container(), hook.command(),
                    hook.execTimeout());
            record.log().info(described + " ran " + hook.command() + (output.isBlank() ? "" : ": " + output.strip()));
        } catch (CommandFailedException e) {
            fail(hooks, described + " failed: " + e.getMessage());
            stopOnFail(hooks, hook);
        }
    }

    private void stopOnFail(PodExecHooks hooks, PodExecHook hook) {
        if (hook.failsThePod()) {
            hooks.stop("hook " + hook.name() + " in container " + hook.container() + " failed and its onError is"
                    + " Fail");
        }
    }

    private void fail(PodExecHooks hooks, String message) {
        failed.incrementAndGet();
        record.error(Optional.of(hooks.namespace()), message);
    }
}
