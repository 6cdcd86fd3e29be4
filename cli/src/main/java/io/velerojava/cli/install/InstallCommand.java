package io.velerojava.cli.install;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesList;
import io.fabric8.kubernetes.api.model.ListMeta;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.velerojava.cli.CliContext;
import io.velerojava.cli.ClientVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code velero install}: creates the CRDs, namespace, RBAC, credentials, locations, server and node agent. */
@Command(name = "install", description = "Install Velero (velero-java) into a cluster")
public final class InstallCommand implements Callable<Integer> {

    /** What {@code --dry-run -o} prints. */
    enum Output { json, yaml }

    @Spec
    private CommandSpec spec;

    @Option(names = "--provider", description = "Provider name for backup and volume storage")
    private String provider;
    @Option(names = "--bucket", description = "Name of the object storage bucket where backups should be stored")
    private String bucket;
    @Option(names = "--prefix", description = "Prefix under which all Velero data should be stored within the bucket")
    private String prefix;
    @Option(names = "--backup-location-config", split = ",", paramLabel = "KEY=VALUE",
            description = "Configuration to use for the backup storage location. Format is key1=value1,key2=value2")
    private Map<String, String> backupLocationConfig = Map.of();
    @Option(names = "--snapshot-location-config", split = ",", paramLabel = "KEY=VALUE",
            description = "Configuration to use for the volume snapshot location. Format is key1=value1,key2=value2")
    private Map<String, String> snapshotLocationConfig = Map.of();
    @Option(names = "--secret-file", description = "File containing credentials for backup and volume provider")
    private Path secretFile;
    @Option(names = "--no-secret", description = "Flag indicating if a secret should be created")
    private boolean noSecret;
    @Option(names = "--no-default-backup-location", description = "Do not create a default backup location")
    private boolean noDefaultBackupLocation;
    @Option(names = "--use-volume-snapshots", arity = "0..1", fallbackValue = "true", defaultValue = "true",
            description = "Whether or not to create a snapshot location automatically")
    private boolean useVolumeSnapshots;
    @Option(names = "--use-node-agent", description = "Create the node-agent DaemonSet (file-system backup)")
    private boolean useNodeAgent;
    @Option(names = "--default-volumes-to-fs-backup",
            description = "Back up all pod volumes with file-system backup by default (needs --use-node-agent)")
    private boolean defaultVolumesToFsBackup;
    @Option(names = "--image", description = "Image to use for the Velero and node agent pods")
    private String image;
    @Option(names = "--service-account-name", description = "ServiceAccount to use for the Velero server")
    private String serviceAccountName;
    @Option(names = "--pod-annotations", split = ",", paramLabel = "KEY=VALUE")
    private Map<String, String> podAnnotations = Map.of();
    @Option(names = "--pod-labels", split = ",", paramLabel = "KEY=VALUE")
    private Map<String, String> podLabels = Map.of();
    @Option(names = "--sa-annotations", split = ",", paramLabel = "KEY=VALUE")
    private Map<String, String> serviceAccountAnnotations = Map.of();
    @Option(names = "--velero-pod-cpu-request", defaultValue = "500m")
    private String serverCpuRequest;
    @Option(names = "--velero-pod-mem-request", defaultValue = "128Mi")
    private String serverMemoryRequest;
    @Option(names = "--velero-pod-cpu-limit", defaultValue = "1000m")
    private String serverCpuLimit;
    @Option(names = "--velero-pod-mem-limit", defaultValue = "512Mi")
    private String serverMemoryLimit;
    @Option(names = "--node-agent-pod-cpu-request", defaultValue = "0")
    private String agentCpuRequest;
    @Option(names = "--node-agent-pod-mem-request", defaultValue = "0")
    private String agentMemoryRequest;
    @Option(names = "--node-agent-pod-cpu-limit", defaultValue = "0")
    private String agentCpuLimit;
    @Option(names = "--node-agent-pod-mem-limit", defaultValue = "0")
    private String agentMemoryLimit;
    @Option(names = "--kubelet-root-dir", defaultValue = "/var/lib/kubelet")
    private String kubeletRootDir;
    @Option(names = "--plugins", split = ",", description = "Accepted for compatibility: providers are built in")
    private List<String> plugins = List.of();
    @Option(names = "--crds-only", description = "Only generate CustomResourceDefinition resources")
    private boolean crdsOnly;
    @Option(names = "--dry-run", description = "Generate resources, but don't send them to the cluster")
    private boolean dryRun;
    @Option(names = {"-o", "--output"}, description = "With --dry-run: print the resources as json or yaml")
    private Output output;
    @Option(names = "--wait", description = "Wait for the Velero deployment to be ready")
    private boolean waitForReady;

    @Override
    public Integer call() throws IOException, InterruptedException {
        List<HasMetadata> objects = crdsOnly ? InstallManifests.crds() : InstallManifests.all(options());
        if (dryRun) {
            print(objects);
            return 0;
        }
        try (CliContext context = CliContext.of(spec)) {
            KubernetesClient client = context.client();
            for (HasMetadata object : objects) {
                client.resource(object).fieldManager("velero-install").forceConflicts().serverSideApply();
                context.out().printf("%s/%s: applied%n", object.getKind(), object.getMetadata().getName());
                if (object.getKind().equals("CustomResourceDefinition")) {
                    client.apiextensions().v1().customResourceDefinitions().withName(object.getMetadata().getName())
                            .waitUntilCondition(InstallCommand::isEstablished, 60, TimeUnit.SECONDS);
                }
            }
            if (waitForReady && !crdsOnly) {
                context.out().println("Waiting for the Velero deployment to be ready.");
                client.apps().deployments().inNamespace(context.namespace()).withName("velero")
                        .waitUntilReady(Duration.ofMinutes(10).toSeconds(), TimeUnit.SECONDS);
            }
            context.out().printf("Velero is installed! Use 'kubectl logs deployment/velero -n %s' to view the "
                    + "status, or run 'velero server -n %s' out of the cluster.%n", context.namespace(),
                    context.namespace());
        }
        return 0;
    }

    private static boolean isEstablished(CustomResourceDefinition crd) {
        return crd != null && crd.getStatus() != null && crd.getStatus().getConditions() != null
                && crd.getStatus().getConditions().stream()
                        .anyMatch(c -> c.getType().equals("Established") && c.getStatus().equals("True"));
    }

    private void print(List<HasMetadata> objects) {
        // Built directly: the list builder would look for fabric8 builders of our custom resource classes.
        var list = new KubernetesList("v1", objects, "List", new ListMeta());
        String text = output == Output.json ? Serialization.asJson(list) : Serialization.asYaml(list);
        spec.commandLine().getOut().println(text);
    }

    private InstallOptions options() throws IOException {
        String namespace = namespace();
        if (bucket != null && bucket.startsWith("-")) {
            throw new ParameterException(spec.commandLine(), "--bucket must not start with '-'");
        }
        if (!noDefaultBackupLocation && (provider == null || bucket == null)) {
            throw new ParameterException(spec.commandLine(),
                    "--provider and --bucket are required unless --no-default-backup-location is given");
        }
        if (noSecret == (secretFile != null)) {
            throw new ParameterException(spec.commandLine(), "exactly one of --secret-file and --no-secret is required");
        }
        if (defaultVolumesToFsBackup && !useNodeAgent) {
            throw new ParameterException(spec.commandLine(), "--default-volumes-to-fs-backup requires --use-node-agent");
        }
        Optional<byte[]> credentials = secretFile == null ? Optional.empty() : Optional.of(Files.readAllBytes(secretFile));
        return new InstallOptions(namespace,
                noDefaultBackupLocation ? Optional.empty() : Optional.ofNullable(provider),
                Optional.ofNullable(bucket), Optional.ofNullable(prefix),
                backupLocationConfig, snapshotLocationConfig, credentials, useVolumeSnapshots, useNodeAgent,
                defaultVolumesToFsBackup,
                image != null ? image : "velero-java/velero:" + ClientVersion.version(),
                serviceAccountName != null ? serviceAccountName : "velero",
                podAnnotations, podLabels, serviceAccountAnnotations,
                new InstallOptions.PodResources(serverCpuRequest, serverMemoryRequest, serverCpuLimit, serverMemoryLimit),
                new InstallOptions.PodResources(agentCpuRequest, agentMemoryRequest, agentCpuLimit, agentMemoryLimit),
                kubeletRootDir);
    }

    private String namespace() {
        try (CliContext context = CliContext.of(spec)) {
            return context.namespace();
        }
    }
}
