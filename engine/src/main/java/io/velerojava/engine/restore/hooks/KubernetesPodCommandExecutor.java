package io.velerojava.engine.restore.hooks;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.ExecWatch;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Runs hook commands through the API server's {@code pods/exec}, keeping the first 64 KiB of their output. */
final class KubernetesPodCommandExecutor implements PodCommandExecutor {

    private static final int OUTPUT_LIMIT = 64 * 1024;

    private final KubernetesClient client;

    KubernetesPodCommandExecutor(KubernetesClient client) {
        this.client = client;
    }

    @Override
    public String execute(String namespace, String pod, String container, List<String> command, Duration timeout)
            throws CommandFailedException, InterruptedException {
        BoundedOutput output = new BoundedOutput();
        try (ExecWatch watch = client.pods().inNamespace(namespace).withName(pod).inContainer(container)
                .writingOutput(output).writingError(output).exec(command.toArray(String[]::new))) {
            int exitCode = watch.exitCode().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (exitCode != 0) {
                throw new CommandFailedException("command terminated with exit code " + exitCode
                        + output.describe());
            }
            return output.text();
        } catch (TimeoutException e) {
            throw new CommandFailedException("command did not finish within " + timeout + output.describe());
        } catch (ExecutionException e) {
            throw new CommandFailedException("cannot run the command: " + e.getCause().getMessage());
        } catch (KubernetesClientException e) {
            throw new CommandFailedException("cannot run the command: " + e.getMessage());
        }
    }

    /** Standard output and error together, cut after {@link #OUTPUT_LIMIT} bytes. */
    private static final class BoundedOutput extends OutputStream {

        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        @Override
        public synchronized void write(int b) {
            if (bytes.size() < OUTPUT_LIMIT) {
                bytes.write(b);
            }
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) {
            bytes.write(b, off, Math.max(0, Math.min(len, OUTPUT_LIMIT - bytes.size())));
        }

        synchronized String text() {
            return bytes.toString(StandardCharsets.UTF_8);
        }

        String describe() {
            String text = text().strip();
            return text.isEmpty() ? "" : "; output: " + text;
        }
    }
}
