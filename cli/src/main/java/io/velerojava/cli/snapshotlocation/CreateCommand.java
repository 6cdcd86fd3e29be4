package io.velerojava.cli.snapshotlocation;

import io.fabric8.kubernetes.api.model.SecretKeySelector;
import io.velerojava.api.builder.VolumeSnapshotLocationBuilder;
import io.velerojava.api.v1.VolumeSnapshotLocation;
import io.velerojava.cli.CliContext;
import io.velerojava.cli.CredentialFlag;
import io.velerojava.cli.output.OutputFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code velero snapshot-location create NAME --provider P}: a VolumeSnapshotLocation. */
@Command(name = "create", description = "Create a volume snapshot location")
public final class CreateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME", description = "Name of the volume snapshot location")
    private String name;

    @Option(names = "--provider", required = true, paramLabel = "NAME",
            description = "Name of the volume snapshot provider (e.g. aws, azure, gcp)")
    private String provider;

    @Option(names = "--config", split = ",", paramLabel = "KEY=VALUE",
            description = "Configuration key-value pairs for the provider")
    private Map<String, String> config = new LinkedHashMap<>();

    @Option(names = "--labels", split = ",", paramLabel = "KEY=VALUE",
            description = "Labels to apply to the volume snapshot location")
    private Map<String, String> labels = new LinkedHashMap<>();

    @Option(names = "--credential", converter = CredentialFlag.class, paramLabel = "SECRET=KEY",
            description = "The Secret name and key holding the credentials for the location")
    private SecretKeySelector credential;

    @Option(names = {"-o", "--output"}, paramLabel = "FORMAT",
            description = "Print the location as json or yaml instead of creating it")
    private OutputFormat output;

    @Override
    public Integer call() {
        try (CliContext cli = CliContext.of(spec)) {
            VolumeSnapshotLocationBuilder builder = VolumeSnapshotLocationBuilder.forLocation(cli.namespace(), name)
                    .provider(provider);
            config.forEach(builder::config);
            labels.forEach(builder::labels);
            if (credential != null) {
                builder.credential(credential.getName(), credential.getKey());
            }
            VolumeSnapshotLocation location = builder.build();
            if (output != null && output != OutputFormat.TABLE) {
                cli.out().println(output.serialize(List.of(location)));
            } else {
                cli.client().resource(location).create();
                cli.out().printf("Snapshot volume location \"%s\" configured successfully.%n", name);
            }
            cli.out().flush();
            return 0;
        }
    }
}
