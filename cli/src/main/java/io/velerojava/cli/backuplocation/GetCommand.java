package io.velerojava.cli.backuplocation;

import io.velerojava.api.v1.BackupStorageLocation;
import io.velerojava.cli.CliContext;
import io.velerojava.cli.ListedObjects;
import io.velerojava.cli.output.OutputFormat;
import java.util.ArrayList;
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
            List<BackupStorageLocation> found = new ArrayList<>(ListedObjects.find(
                    cli.client().resources(BackupStorageLocation.class).inNamespace(cli.namespace()),
                    "backupstoragelocations.velero.io", names, selector));
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
