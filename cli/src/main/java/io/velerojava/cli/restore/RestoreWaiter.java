package io.velerojava.cli.restore;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.velerojava.api.v1.Restore;
import io.velerojava.api.v1.RestorePhase;
import io.velerojava.api.v1.RestoreProgress;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/** {@code --wait}: polls a restore until it ends, printing its progress as it changes. */
final class RestoreWaiter {

    private static final Duration POLL_INTERVAL = Duration.ofSeconds(1);
    private static final List<RestorePhase> FINAL_PHASES = List.of(RestorePhase.COMPLETED,
            RestorePhase.PARTIALLY_FAILED, RestorePhase.FAILED, RestorePhase.FAILED_VALIDATION);

    private final KubernetesClient client;
    private final String namespace;
    private final PrintWriter out;

    RestoreWaiter(KubernetesClient client, String namespace, PrintWriter out) {
        this.client = client;
        this.namespace = namespace;
        this.out = out;
    }

    Restore await(String name) throws InterruptedException {
        out.println("Waiting for restore to complete. You may safely press ctrl-c to stop waiting - your restore"
                + " will continue in the background.");
        out.flush();
        String lastProgress = "";
        while (true) {
            Restore restore = client.resources(Restore.class).inNamespace(namespace).withName(name).get();
            if (restore == null) {
                throw new IllegalStateException("restore " + name + " was deleted while waiting for it");
            }
            if (restore.getStatus() != null && FINAL_PHASES.contains(restore.getStatus().getPhase())) {
                return restore;
            }
            String progress = progress(restore);
            if (!progress.equals(lastProgress)) {
                out.println(progress);
                out.flush();
                lastProgress = progress;
            }
            Thread.sleep(POLL_INTERVAL.toMillis());
        }
    }

    private static String progress(Restore restore) {
        RestoreProgress progress = restore.getStatus() == null ? null : restore.getStatus().getProgress();
        if (progress == null || progress.getTotalItems() == null) {
            return "Phase: " + (restore.getStatus() == null ? RestorePhase.NEW : Objects.requireNonNullElse(
                    restore.getStatus().getPhase(), RestorePhase.NEW));
        }
        return "Restored " + Objects.requireNonNullElse(progress.getItemsRestored(), 0) + " of "
                + progress.getTotalItems() + " items";
    }
}
