package io.velerojava.engine.restore.hooks;

import java.time.Duration;
import java.util.List;

/** Runs a command in a container of a running pod, as {@code kubectl exec} does. */
interface PodCommandExecutor {

    /**
     * @return what the command wrote to its standard output and error
     * @throws CommandFailedException if it could not be run, ran longer than {@code timeout} or exited non-zero
     */
    String execute(String namespace, String pod, String container, List<String> command, Duration timeout)
            throws CommandFailedException, InterruptedException;

    final class CommandFailedException extends Exception {

        CommandFailedException(String message) {
            super(message);
        }
    }
}
