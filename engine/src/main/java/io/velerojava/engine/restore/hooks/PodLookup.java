package io.velerojava.engine.restore.hooks;

import io.fabric8.kubernetes.api.model.Pod;
import java.util.Optional;

/** The current state of a pod in the cluster. */
interface PodLookup {

    /** The pod, or empty if it does not exist (any more). */
    Optional<Pod> find(String namespace, String name);
}
