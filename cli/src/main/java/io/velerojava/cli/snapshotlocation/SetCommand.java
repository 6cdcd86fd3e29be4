package io.velerojava.cli.snapshotlocation;

import io.fabric8.kubernetes.api.model.SecretKeySelector;
import io.velerojava.api.v1.VolumeSnapshotLocation;
import io.velerojava.cli.CliContext;
import io.velerojava.cli.CredentialFlag;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code velero snapshot-location set NAME --credential SECRET=KEY}. */
@Command(name = "set", description = "Set specific features for a snapshot location")
public final class SetCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME", description = "Name of the volume snapshot location")
    private String name;

    @Option(names = "--credential", required = true, converter = CredentialFlag.class, paramLabel = "SECRET=KEY",
            description = "The Secret name and key holding the credentials for the location")
    private SecretKeySelector credential;

    @Override
    public Integer call() {
        try (CliContext cli = CliContext.of(spec)) {
            var location = cli.client().resources(VolumeSnapshotLocation.class).inNamespace(cli.namespace())
                    .withName(name);
            if (location.get() == null) {
                throw new IllegalArgumentException("volumesnapshotlocations.velero.io \"" + name + "\" not found");
            }
            location.edit(current -> {
                current.getSpec().setCredential(credential);
                return current;
            });
            cli.out().printf("Snapshot volume location \"%s\" configured successfully.%n", name);
            cli.out().flush();
            return 0;
        }
    }
}
