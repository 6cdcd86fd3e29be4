package io.velerojava.engine.restore.hooks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.ContainerStatusBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.velerojava.api.GoDuration;
import io.velerojava.api.v1.ExecRestoreHook;
import io.velerojava.api.v1.HookErrorMode;
import io.velerojava.api.v1.RestoreHooks;
import io.velerojava.api.v1.RestoreResourceHook;
import io.velerojava.api.v1.RestoreResourceHookSpec;
import io.velerojava.engine.restore.HookCounts;
import io.velerojava.engine.restore.RestoreLog;
import io.velerojava.engine.restore.pipeline.RestoreRecord;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The exec-hook runner against a scripted pod (its status as a function of the time since its creation) and a
 * recording command executor; each look at the pod moves the clock on by a second, as the real poll does.
 */
class PostRestoreExecHooksTest {

    private static final String NAMESPACE = "shop";
    private final SteppingClock clock = new SteppingClock();
    private final RestoreLog log = new RestoreLog("velero/r1", clock);
    private final RestoreRecord record = RestoreRecord.start(log);
    private final List<String> executed = new CopyOnWriteArrayList<>();

    @AfterEach
    void closeLog() {
        log.close();
    }

    @Test
    void hooksRunInOrderOnceTheirContainerRuns() throws Exception {
        PostRestoreExecHooks hooks = runner(seconds -> seconds < 3 ? pod(false, false) : pod(true, false),
                hook("first", "app", HookErrorMode.FAIL, "0s", false), hook("second", "app", null, "0s", false));

        hooks.afterCreate(podJson());
        hooks.awaitCompletion();

        assertThat(executed).containsExactly("app:first", "app:second");
        assertThat(hooks.counts()).isEqualTo(new HookCounts(2, 0));
        assertThat(record.results().errors().isEmpty()).isTrue();
    }

    @Test
    void aContainerThatNeverRunsFailsItsHooksAfterTheWaitTimeout() throws Exception {
        PostRestoreExecHooks hooks = runner(seconds -> pod(false, false),
                hook("reindex", "app", HookErrorMode.FAIL, "5s", false));

        hooks.afterCreate(podJson());
        hooks.awaitCompletion();

        assertThat(executed).isEmpty();
        assertThat(hooks.counts()).isEqualTo(new HookCounts(1, 1));
        assertThat(record.results().errors().namespaces().get(NAMESPACE)).singleElement().asString()
                .isEqualTo("hook reindex in container app in pod shop/db-0 not executed: its container was not"
                        + " running (or ready, for waitForReady) within PT5S of the pod's creation");
        assertThat(clock.elapsedSeconds()).isBetween(5L, 8L);
    }

    @Test
    void aFailingHookWithOnErrorFailSkipsThePodsRemainingHooks() throws Exception {
        PostRestoreExecHooks hooks = runner(seconds -> pod(true, false),
                hook("broken", "app", HookErrorMode.FAIL, "0s", false), hook("after", "app", null, "0s", false));

        hooks.afterCreate(podJson());
        hooks.awaitCompletion();

        assertThat(executed).containsExactly("app:broken");
        assertThat(hooks.counts()).isEqualTo(new HookCounts(2, 2));
        assertThat(record.results().errors().namespaces().get(NAMESPACE)).containsExactly(
                "hook broken in container app in pod shop/db-0 failed: command terminated with exit code 1",
                "hook after in container app in pod shop/db-0 not executed: hook broken in container app failed"
                        + " and its onError is Fail");
    }

    @Test
    void aFailingHookWithOnErrorContinueLetsTheNextRunButIsStillAnError() throws Exception {
        PostRestoreExecHooks hooks = runner(seconds -> pod(true, false),
                hook("broken", "app", HookErrorMode.CONTINUE, "0s", false), hook("after", "app", null, "0s", false));

        hooks.afterCreate(podJson());
        hooks.awaitCompletion();

        assertThat(executed).containsExactly("app:broken", "app:after");
        assertThat(hooks.counts()).isEqualTo(new HookCounts(2, 1));
    }

    @Test
    void waitForReadyWaitsPastRunningUntilReady() throws Exception {
        PostRestoreExecHooks hooks = runner(seconds -> seconds < 4 ? pod(true, false) : pod(true, true),
                hook("warm", "app", null, "0s", true));

        hooks.afterCreate(podJson());
        hooks.awaitCompletion();

        assertThat(executed).containsExactly("app:warm");
        assertThat(clock.elapsedSeconds()).isGreaterThanOrEqualTo(4);
    }

    @Test
    void aHookWhoseOwnWaitTimeoutPassedExpiresWhileALongerOneStillRuns() throws Exception {
        PostRestoreExecHooks hooks = runner(seconds -> seconds < 6 ? pod(false, false) : pod(true, false),
                hook("quick", "app", null, "3s", false), hook("patient", "app", null, "1m", false));

        hooks.afterCreate(podJson());
        hooks.awaitCompletion();

        assertThat(executed).containsExactly("app:patient");
        assertThat(record.results().errors().namespaces().get(NAMESPACE)).containsExactly(
                "hook quick in container app in pod shop/db-0 expired before executing (wait timeout PT3S)");
    }

    @Test
    void aDeletedPodFailsItsHooksAndHooksForMissingContainersAreDropped() throws Exception {
        PostRestoreExecHooks hooks = runner(seconds -> null,
                hook("reindex", "app", null, "0s", false), hook("ghost", "no-such-container", null, "0s", false));

        hooks.afterCreate(podJson());
        hooks.awaitCompletion();

        assertThat(hooks.counts()).isEqualTo(new HookCounts(1, 1));
        assertThat(record.results().errors().namespaces().get(NAMESPACE)).singleElement().asString()
                .endsWith("not executed: pod shop/db-0 was deleted before all hooks were executed");
        assertThat(record.results().warnings().namespaces().get(NAMESPACE)).singleElement().asString()
                .isEqualTo("pod shop/db-0 does not have container no-such-container: discarding its post-restore"
                        + " exec hooks");
    }

    private PostRestoreExecHooks runner(Function<Long, Pod> podAtSecond, ExecRestoreHook... execHooks) {
        RestoreHooks restoreHooks = new RestoreHooks();
        restoreHooks.setResources(Arrays.stream(execHooks).map(exec -> {
            RestoreResourceHook hook = new RestoreResourceHook();
            hook.setExec(exec);
            RestoreResourceHookSpec entry = new RestoreResourceHookSpec();
            entry.setName(exec.getCommand().get(0));
            entry.setPostHooks(List.of(hook));
            return entry;
        }).toList());
        PodLookup pods = (namespace, name) -> {
            Pod pod = podAtSecond.apply(clock.elapsedSeconds());
            clock.step();
            return Optional.ofNullable(pod);
        };
        PodCommandExecutor executor = (namespace, pod, container, command, timeout) -> {
            executed.add(container + ":" + command.get(0));
            if (command.get(0).equals("broken")) {
                throw new PodCommandExecutor.CommandFailedException("command terminated with exit code 1");
            }
            return "";
        };
        return new PostRestoreExecHooks(new ExecHookSelection(RestoreHookEntry.of(restoreHooks)), pods, executor,
                Duration.ofHours(4), Duration.ofMillis(1), clock, record);
    }

    /** A hook whose command is its name (each in an entry of that name), so the executor's record shows which ran. */
    private static ExecRestoreHook hook(String name, String container, HookErrorMode onError, String waitTimeout,
                                        boolean waitForReady) {
        ExecRestoreHook hook = new ExecRestoreHook();
        hook.setContainer(container);
        hook.setCommand(List.of(name));
        hook.setOnError(onError);
        hook.setWaitTimeout(GoDuration.parse(waitTimeout));
        hook.setWaitForReady(waitForReady);
        return hook;
    }

    private static ObjectNode podJson() throws Exception {
        return (ObjectNode) new ObjectMapper().readTree("""
                {"metadata": {"name": "db-0", "namespace": "shop", "labels": {"app": "db"}},
                 "spec": {"containers": [{"name": "app", "image": "postgres"}]}}""");
    }

    private static Pod pod(boolean running, boolean ready) {
        ContainerStatusBuilder status = new ContainerStatusBuilder().withName("app").withReady(ready);
        if (running) {
            status.withNewState().withNewRunning().withStartedAt("2026-11-27T08:00:00Z").endRunning().endState();
        } else {
            status.withNewState().withNewWaiting().withReason("ContainerCreating").endWaiting().endState();
        }
        return new PodBuilder().withNewMetadata().withName("db-0").withNamespace(NAMESPACE).endMetadata()
                .withNewStatus().withPhase(running ? "Running" : "Pending").withContainerStatuses(status.build())
                .endStatus().build();
    }

    /** A clock that only moves when told to, a second at a time. */
    private static final class SteppingClock extends Clock {

        private static final Instant START = Instant.parse("2026-11-27T08:00:00Z");
        private volatile Instant now = START;

        void step() {
            now = now.plusSeconds(1);
        }

        long elapsedSeconds() {
            return Duration.between(START, now).toSeconds();
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
