package io.velerojava.cli.backuplocation;

import io.fabric8.kubernetes.api.model.SecretKeySelector;
import io.velerojava.api.GoDuration;
import io.velerojava.api.builder.BackupStorageLocationBuilder;
import io.velerojava.api.v1.BackupStorageLocation;
import io.velerojava.api.v1.BackupStorageLocationAccessMode;
import io.velerojava.api.validation.BackupStorageLocationSpecValidator;
import io.velerojava.cli.CliContext;
import io.velerojava.cli.CredentialFlag;
import io.velerojava.cli.GoDurationConverter;
import io.velerojava.cli.output.OutputFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code velero backup-location create NAME}: a BackupStorageLocation with Velero's flags. */
@Command(name = "create", description = "Create a backup storage location")
public final class CreateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME", description = "Name of the backup storage location")
    String name;

    @Option(names = "--provider", required = true, paramLabel = "NAME",
            description = "Name of the backup storage provider (e.g. aws, azure, gcp, velero.io/filesystem)")
    String provider;

    @Option(names = "--bucket", required = true, paramLabel = "NAME",
            description = "Name of the object storage bucket where backups should be stored")
    String bucket;

    @Option(names = "--prefix", paramLabel = "PREFIX",
            description = "Prefix (a subdirectory of the bucket) where backups should be stored")
    String prefix;

    @Option(names = "--credential", converter = CredentialFlag.class, paramLabel = "SECRET=KEY",
            description = "The Secret name and key holding the credentials for the location")
    SecretKeySelector credential;

    @Option(names = "--default", description = "Sets this new location to be the new default backup storage location")
    boolean defaultLocation;

    @Option(names = "--backup-sync-period", converter = GoDurationConverter.class, paramLabel = "DURATION",
            description = "How often to ensure all Velero backups in object storage exist as Backup API objects in "
                    + "the cluster; 0 disables (default: the server's)")
    Duration backupSyncPeriod;

    @Option(names = "--validation-frequency", converter = GoDurationConverter.class, paramLabel = "DURATION",
            description = "How often to verify if the backup storage location is valid; 0 disables (default: the "
                    + "server's)")
    Duration validationFrequency;

    @Option(names = "--config", split = ",", paramLabel = "KEY=VALUE",
            description = "Configuration key-value pairs for the provider")
    Map<String, String> config = new LinkedHashMap<>();

    @Option(names = "--labels", split = ",", paramLabel = "KEY=VALUE",
            description = "Labels to apply to the backup storage location")
    Map<String, String> labels = new LinkedHashMap<>();

    @Option(names = "--cacert", paramLabel = "FILE",
            description = "File containing a certificate bundle to use when verifying TLS connections to the "
                    + "object store")
    Path caCert;

    @Option(names = "--access-mode", paramLabel = "MODE",
            description = "Access mode for the backup storage location: ReadWrite (default) or ReadOnly")
    String accessMode = BackupStorageLocationAccessMode.READ_WRITE.value();

    @Option(names = {"-o", "--output"}, paramLabel = "FORMAT",
            description = "Print the location as json or yaml instead of creating it")
    OutputFormat output;

    @Override
    public Integer call() throws IOException {
        try (CliContext cli = CliContext.of(spec)) {
            BackupStorageLocation location = toLocation(cli.namespace());
            if (output != null && output != OutputFormat.TABLE) {
                cli.out().println(output.serialize(List.of(location)));
                cli.out().flush();
                return 0;
            }
            if (defaultLocation) {
                cli.client().resources(BackupStorageLocation.class).inNamespace(cli.namespace()).list().getItems()
                        .stream().filter(other -> Boolean.TRUE.equals(other.getSpec().getDefault())).findFirst()
                        .ifPresent(other -> {
                            throw new IllegalArgumentException("there is already a default backup storage location ("
                                    + other.getMetadata().getName() + "); unset it with `velero backup-location set "
                                    + other.getMetadata().getName() + " --default=false` first");
                        });
            }
            cli.client().resource(location).create();
            cli.out().printf("Backup storage location \"%s\" configured successfully.%n", name);
            cli.out().flush();
            return 0;
        }
    }

    /** The location the flags describe, validated as the server will. */
    BackupStorageLocation toLocation(String namespace) throws IOException {
        BackupStorageLocationAccessMode mode = BackupStorageLocationAccessMode.of(accessMode);
        if (!mode.isKnown()) {
            throw new IllegalArgumentException("invalid --access-mode \"" + accessMode
                    + "\"; use ReadWrite or ReadOnly");
        }
        BackupStorageLocationBuilder builder = BackupStorageLocationBuilder.forLocation(namespace, name)
                .provider(provider).bucket(bucket).accessMode(mode).defaultLocation(defaultLocation);
        if (prefix != null) {
            builder.prefix(prefix);
        }
        if (credential != null) {
            builder.credential(credential.getName(), credential.getKey());
        }
        if (backupSyncPeriod != null) {
            builder.backupSyncPeriod(GoDuration.of(backupSyncPeriod).toString());
        }
        if (validationFrequency != null) {
            builder.validationFrequency(GoDuration.of(validationFrequency).toString());
        }
        if (caCert != null) {
            builder.caCert(Base64.getEncoder().encodeToString(Files.readAllBytes(caCert)));
        }
        config.forEach(builder::config);
        labels.forEach(builder::labels);
        BackupStorageLocation location = builder.build();
        List<String> errors = BackupStorageLocationSpecValidator.validate(location.getSpec());
        if (!errors.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", errors));
        }
        return location;
    }
}
