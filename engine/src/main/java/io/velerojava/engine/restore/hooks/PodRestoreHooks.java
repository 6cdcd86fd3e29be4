package io.velerojava.engine.restore.hooks;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.velerojava.api.v1.Restore;
import io.velerojava.archive.GroupResource;
import io.velerojava.engine.restore.HookCounts;
import io.velerojava.engine.restore.pipeline.RestoreRecord;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Velero's restore hooks on the pods of one restore (facts §8.2), from the Restore's {@code spec.hooks} and the
 * pods' annotations: init containers are added before a pod is created, exec hooks run in it once it is created
 * and its container is up. Thread-safe.
 */
public final class PodRestoreHooks {

    private static final GroupResource PODS = GroupResource.core("pods");
    /** How long hooks without a wait timeout wait when the Restore sets no item operation timeout (Velero's 4h). */
    private static final Duration DEFAULT_WAIT_LIMIT = Duration.ofHours(4);
    private static final Duration POLL_INTERVAL = Duration.ofSeconds(1);

    private final InitContainerHooks initContainers;
    private final PostRestoreExecHooks execHooks;
    private final RestoreRecord record;

    PodRestoreHooks(InitContainerHooks initContainers, PostRestoreExecHooks execHooks, RestoreRecord record) {
        this.initContainers = initContainers;
        this.execHooks = execHooks;
        this.record = record;
    }

    public static PodRestoreHooks of(KubernetesClient client, Restore restore, RestoreRecord record, Clock clock) {
        List<RestoreHookEntry> entries = RestoreHookEntry.of(restore.getSpec().getHooks());
        Duration waitLimit = Optional.ofNullable(restore.getSpec().getItemOperationTimeout())
                .filter(timeout -> timeout.isValid() && !timeout.isZero() && !timeout.isNegative())
                .map(timeout -> timeout.toDuration()).orElse(DEFAULT_WAIT_LIMIT);
        PodLookup pods = (namespace, name) -> Optional.ofNullable(client.pods().inNamespace(namespace)
                .withName(name).get());
        return new PodRestoreHooks(new InitContainerHooks(entries, () -> UUID.randomUUID().toString().substring(0, 8)),
                new PostRestoreExecHooks(new ExecHookSelection(entries), pods, new KubernetesPodCommandExecutor(client),
                        waitLimit, POLL_INTERVAL, clock, record), record);
    }

    /** Before a pod is created: adds its init-container hooks. */
    public void beforeCreate(GroupResource type, ObjectNode pod, ObjectNode backedUp,
                             Optional<String> targetNamespace) {
        if (!PODS.equals(type) || targetNamespace.isEmpty()) {
            return;
        }
        List<String> added = initContainers.addTo(pod, backedUp, targetNamespace.get());
        if (!added.isEmpty()) {
            record.log().info("Added restore hook init container(s) " + added + " to pod " + targetNamespace.get()
                    + "/" + pod.path("metadata").path("name").asText());
        }
    }

    /** After a pod was created: registers its exec hooks, run by {@link #awaitCompletion}. */
    public void afterCreate(GroupResource type, ObjectNode pod) {
        if (PODS.equals(type)) {
            execHooks.afterCreate(pod);
        }
    }

    /** Runs the exec hooks of the pods created, waiting until each has run or failed. */
    public void awaitCompletion() throws InterruptedException {
        execHooks.awaitCompletion();
    }

    public HookCounts counts() {
        return execHooks.counts();
    }
}
