package io.velerojava.cli;

import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;

/**
 * What a command needs from the global flags: the Velero namespace and a Kubernetes client for the chosen
 * kubeconfig and context, plus the command's output streams. Commands obtain one with {@link #of(CommandSpec)}.
 */
public final class CliContext implements AutoCloseable {

    public static final String NAMESPACE_ENV = "VELERO_NAMESPACE";
    public static final String DEFAULT_NAMESPACE = "velero";

    private final VeleroCommand root;
    private final CommandSpec spec;
    private final Map<String, String> environment;
    private KubernetesClient client;

    CliContext(VeleroCommand root, CommandSpec spec, Map<String, String> environment) {
        this.root = root;
        this.spec = spec;
        this.environment = environment;
    }

    /** The context of the command {@code spec} describes; close it to release the client. */
    public static CliContext of(CommandSpec spec) {
        return new CliContext((VeleroCommand) spec.root().userObject(), spec, System.getenv());
    }

    /** {@code -n/--namespace}, else {@code $VELERO_NAMESPACE}, else {@code velero}. */
    public String namespace() {
        return root.namespace()
                .or(() -> Optional.ofNullable(environment.get(NAMESPACE_ENV)).filter(value -> !value.isBlank()))
                .orElse(DEFAULT_NAMESPACE);
    }

    /** The client config: {@code --kubeconfig} and {@code --kubecontext}, else fabric8's usual lookup. */
    public Config kubernetesConfig() {
        Optional<Path> kubeconfig = root.kubeconfig();
        if (kubeconfig.isPresent()) {
            Path path = kubeconfig.get();
            if (!Files.isReadable(path)) {
                throw new IllegalArgumentException("kubeconfig " + path + " does not exist or is not readable");
            }
            return Config.fromKubeconfig(root.kubecontext().orElse(null), path.toFile());
        }
        return Config.autoConfigure(root.kubecontext().orElse(null));
    }

    /** A client for the cluster, created on first use. */
    public KubernetesClient client() {
        if (client == null) {
            client = new KubernetesClientBuilder().withConfig(kubernetesConfig()).build();
        }
        return client;
    }

    public PrintWriter out() {
        return spec.commandLine().getOut();
    }

    public PrintWriter err() {
        return spec.commandLine().getErr();
    }

    @Override
    public void close() {
        if (client != null) {
            client.close();
        }
    }
}
