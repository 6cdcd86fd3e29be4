package io.velerojava.cli.backuplocation;

import io.velerojava.api.v1.BackupStorageLocation;
import io.velerojava.cli.CliContext;
import io.velerojava.cli.output.OutputFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code velero backup-location get [NAMES]}: the locations as a table, JSON or YAML. */
@Command(name = "get", description = "Get backup storage locations")
public final class GetCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "NAMES", description = "Locations to show (default: all)")
    private List<String> names = List.of();

    @Option(names = {"-l", "--selector"}, paramLabel = "SELECTOR",
            description = "Only show locations matching this label selector")
    private String selector;

    @Option(names = "--default", description = "Displays the current default backup storage location")
    private boolean onlyDefault;

    @Option(names = {"-o", "--output"}, paramLabel = "FORMAT", description = "table (default), json or yaml")
    private OutputFormat output = OutputFormat.TABLE;

    @Override
    public Integer call() {
        try (CliContext cli = CliContext.of(spec)) {
            var locations = cli.client().resources(BackupStorageLocation.class).inNamespace(cli.namespace());
            List<BackupStorageLocation> found = new ArrayList<>();
            if (!names.isEmpty()) {
                for (String name : names) {
                    BackupStorageLocation location = locations.withName(name).get();
                    if (location == null) {
                        throw new IllegalArgumentException("backupstoragelocations.velero.io \"" + name
                                + "\" not found");
                    }
                    found.add(location);
                }
            } else {
                found.addAll((selector == null ? locations.list() : locations.withLabelSelector(selector).list())
                        .getItems());
                found.sort(Comparator.comparing(location -> location.getMetadata().getName()));
            }
            if (onlyDefault) {
                found.removeIf(location -> !Boolean.TRUE.equals(location.getSpec().getDefault()));
            }
            if (output == OutputFormat.TABLE) {
                LocationTable.of(found).print(cli.out());
            } else {
                cli.out().println(output.serialize(found));
            }
            cli.out().flush();
            return 0;
        }
    }
}
