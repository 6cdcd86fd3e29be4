package io.velerojava.cli.nodeagent;

import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.velerojava.cli.CliContext;
import io.velerojava.cli.GoDurationConverter;
import io.velerojava.engine.logging.LogFormat;
import io.velerojava.engine.logging.LogLevel;
import io.velerojava.nodeagent.NodeAgent;
import io.velerojava.nodeagent.NodeAgentOptions;
import io.velerojava.server.logging.ServerLogging;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code velero node-agent server}: runs the node agent of one node until the process is stopped. */
@Command(name = "server", hidden = true, description = "Run the node agent server")
public final class NodeAgentServerCommand implements Callable<Integer> {

    /** Set on the node agent's pod from {@code spec.nodeName}, as Velero's DaemonSet does. */
    static final String NODE_NAME_ENV = "NODE_NAME";

    @Spec
    private CommandSpec spec;

    @Option(names = "--node-name", paramLabel = "NAME",
            description = "The node this agent serves (default: $" + NODE_NAME_ENV + ")")
    private String nodeName = System.getenv(NODE_NAME_ENV);

    @Option(names = "--host-pods-path", paramLabel = "PATH",
            description = "Where the agent sees the kubelet's pods directory (default /var/lib/kubelet/pods)")
    private Path hostPodsPath = NodeAgentOptions.DEFAULT_HOST_PODS_PATH;

    @Option(names = "--default-repo-maintain-frequency", converter = GoDurationConverter.class,
            paramLabel = "DURATION",
            description = "How often to maintain a backup repository whose maintenanceFrequency is 0 (default 1h0m0s)")
    private Duration defaultMaintenanceFrequency = NodeAgentOptions.DEFAULT_MAINTENANCE_FREQUENCY;

    @Option(names = "--log-level", paramLabel = "LEVEL",
            description = "The level at which to log: trace, debug, info, warning, error, fatal, panic (default info)")
    private String logLevel = "info";

    @Option(names = "--log-format", paramLabel = "FORMAT",
            description = "The format for log output: text, json (default text)")
    private String logFormat = "text";

    @Override
    public Integer call() throws InterruptedException {
        NodeAgentOptions options;
        Config config;
        try (CliContext cli = CliContext.of(spec)) {
            options = new NodeAgentOptions(cli.namespace(), nodeName, hostPodsPath, defaultMaintenanceFrequency);
            config = cli.kubernetesConfig();
        }
        ServerLogging.configure(LogLevel.parse(logLevel), LogFormat.parse(logFormat));
        KubernetesClient client = new KubernetesClientBuilder().withConfig(config).build();
        NodeAgent agent = NodeAgent.start(client, options);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            agent.close();
            client.close();
        }, "velero-node-agent-shutdown"));
        // Serve until the process is stopped; the shutdown hook stops the controllers cleanly.
        Thread.currentThread().join();
        return 0;
    }
}
