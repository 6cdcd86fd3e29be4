package io.velerojava.cli.backuplocation;

import io.fabric8.kubernetes.api.model.SecretKeySelector;
import io.velerojava.api.v1.BackupStorageLocation;
import io.velerojava.cli.CliContext;
import io.velerojava.cli.CredentialFlag;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code velero backup-location set NAME}: changes the CA bundle, the credential or which location is the default;
 * making one location the default makes the others not default.
 */
@Command(name = "set", description = "Set specific features for a backup storage location")
public final class SetCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME", description = "Name of the backup storage location")
    private String name;

    @Option(names = "--cacert", paramLabel = "FILE",
            description = "File containing a certificate bundle to use when verifying TLS connections")
    private Path caCert;

    @Option(names = "--credential", converter = CredentialFlag.class, paramLabel = "SECRET=KEY",
            description = "The Secret name and key holding the credentials for the location")
    private SecretKeySelector credential;

    @Option(names = "--default", arity = "0..1", fallbackValue = "true", paramLabel = "BOOL",
            description = "Sets this location as the default backup storage location")
    private Boolean makeDefault;

    @Override
    public Integer call() throws IOException {
        String bundle = caCert == null ? null : Base64.getEncoder().encodeToString(Files.readAllBytes(caCert));
        try (CliContext cli = CliContext.of(spec)) {
            var locations = cli.client().resources(BackupStorageLocation.class).inNamespace(cli.namespace());
            if (locations.withName(name).get() == null) {
                throw new IllegalArgumentException("backupstoragelocations.velero.io \"" + name + "\" not found");
            }
            if (Boolean.TRUE.equals(makeDefault)) {
                for (BackupStorageLocation other : locations.list().getItems()) {
                    if (!other.getMetadata().getName().equals(name)
                            && Boolean.TRUE.equals(other.getSpec().getDefault())) {
                        locations.resource(other).edit(location -> {
                            location.getSpec().setDefault(false);
                            return location;
                        });
                    }
                }
            }
            locations.withName(name).edit(location -> {
                if (bundle != null) {
                    location.getSpec().getObjectStorage().setCaCert(bundle);
                }
                if (credential != null) {
                    location.getSpec().setCredential(credential);
                }
                if (makeDefault != null) {
                    location.getSpec().setDefault(makeDefault);
                }
                return location;
            });
            cli.out().printf("Backup storage location \"%s\" configured successfully.%n", name);
            cli.out().flush();
            return 0;
        }
    }
}
