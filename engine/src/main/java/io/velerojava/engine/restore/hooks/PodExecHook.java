package io.velerojava.engine.restore.hooks;

import io.velerojava.api.v1.HookErrorMode;
import java.time.Duration;
import java.util.List;

/**
 * One exec hook to run in a container of a restored pod once that container is running (ready, with
 * {@code waitForReady}).
 *
 * @param name        the hook's name in the Restore's spec, or {@code <from-annotation>}
 * @param container   the container to run it in; the pod's first container unless the hook names one
 * @param execTimeout how long the command may run
 * @param waitTimeout how long after the pod's creation the hook may still start; zero waits without limit
 * @param onError     {@code Fail} skips the pod's remaining hooks after a failure; either way a failure is an
 *                    error of the restore (Velero 1.13+)
 */
record PodExecHook(String name, HookSource source, String container, List<String> command, HookErrorMode onError,
                   Duration execTimeout, Duration waitTimeout, boolean waitForReady) {

    /** Velero's exec timeout when a hook sets none. */
    static final Duration DEFAULT_EXEC_TIMEOUT = Duration.ofSeconds(30);

    boolean failsThePod() {
        return HookErrorMode.FAIL.equals(onError);
    }

    /** Where a hook was defined. */
    enum HookSource {
        ANNOTATION, SPEC
    }
}
