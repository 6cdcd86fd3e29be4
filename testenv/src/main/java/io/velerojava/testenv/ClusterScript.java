package io.velerojava.testenv;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs {@code testenv/cluster.sh} of the enclosing repository checkout. */
final class ClusterScript {

    private static final long UP_TIMEOUT_MINUTES = 75;

    private final Path script;

    private ClusterScript(Path script) {
        this.script = script;
    }

    /** Finds the script by walking up from the working directory (Maven runs tests in the module directory). */
    static ClusterScript locate() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("testenv/cluster.sh");
            if (Files.isRegularFile(candidate)) {
                return new ClusterScript(candidate);
            }
        }
        throw new IllegalStateException("testenv/cluster.sh not found above " + Path.of("").toAbsolutePath()
                + "; set VELERO_TESTENV_FILE to a running environment's env file");
    }

    /**
     * Attaches to the environment if it is running, otherwise starts it and stops it when this JVM exits.
     *
     * @return the env file the script wrote
     */
    Path ensureUp() {
        boolean alreadyRunning = run(List.of("status"), 1) == 0;
        if (!alreadyRunning) {
            if (run(List.of("up"), UP_TIMEOUT_MINUTES) != 0) {
                throw new IllegalStateException("testenv/cluster.sh up failed; see the logs under .run/testenv/logs");
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> run(List.of("down"), 1)));
        }
        return script.getParent().getParent().resolve(".run/testenv/env");
    }

    /** Runs {@code cluster.sh <args>} and returns its exit code. */
    int run(List<String> args, long timeoutMinutes) {
        try {
            var command = new java.util.ArrayList<String>();
            command.add("bash");
            command.add(script.toString());
            command.addAll(args);
            Process process = new ProcessBuilder(command)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.INHERIT)
                    .start();
            if (!process.waitFor(timeoutMinutes, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException("testenv/cluster.sh " + args + " timed out");
            }
            return process.exitValue();
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + script, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + script, e);
        }
    }
}
