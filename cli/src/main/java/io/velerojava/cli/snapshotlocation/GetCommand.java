package io.velerojava.cli.snapshotlocation;

import io.velerojava.api.v1.VolumeSnapshotLocation;
import io.velerojava.cli.CliContext;
import io.velerojava.cli.ListedObjects;
import io.velerojava.cli.output.OutputFormat;
import io.velerojava.cli.output.Table;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code velero snapshot-location get [NAMES]}: the volume snapshot locations. */
@Command(name = "get", description = "Get snapshot locations")
public final class GetCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "NAMES", description = "Locations to show (default: all)")
    private List<String> names = List.of();

    @Option(names = {"-l", "--selector"}, paramLabel = "SELECTOR",
            description = "Only show locations matching this label selector")
    private String selector;

    @Option(names = {"-o", "--output"}, paramLabel = "FORMAT", description = "table (default), json or yaml")
    private OutputFormat output = OutputFormat.TABLE;

    @Override
    public Integer call() {
        try (CliContext cli = CliContext.of(spec)) {
            List<VolumeSnapshotLocation> found = ListedObjects.find(
                    cli.client().resources(VolumeSnapshotLocation.class).inNamespace(cli.namespace()),
                    "volumesnapshotlocations.velero.io", names, selector);
            if (output == OutputFormat.TABLE) {
                Table table = new Table("NAME", "PROVIDER");
                found.forEach(location -> table.row(location.getMetadata().getName(),
                        location.getSpec().getProvider()));
                table.print(cli.out());
            } else {
                cli.out().println(output.serialize(found));
            }
            cli.out().flush();
            return 0;
        }
    }
}
