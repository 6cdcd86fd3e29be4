package io.velerojava.cli.backup;

import io.fabric8.kubernetes.api.model.LabelSelector;
import io.velerojava.api.v1.Backup;
import io.velerojava.cli.CliContext;
import io.velerojava.cli.LabelSelectorConverter;
import io.velerojava.cli.output.OutputFormat;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code velero backup get [NAMES]}: the backups as Velero's table, or as JSON/YAML. */
@Command(name = "get", description = "Get backups")
public final class GetCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "NAME", description = "Names of the backups (default: all)")
    List<String> names = new ArrayList<>();

    @Option(names = {"-l", "--selector"}, converter = LabelSelectorConverter.class, paramLabel = "SELECTOR",
            description = "Only show items matching this label selector")
    LabelSelector selector;

    @Option(names = {"-o", "--output"}, paramLabel = "FORMAT", description = "Output format: table, json or yaml")
    OutputFormat output = OutputFormat.TABLE;

    @Override
    public Integer call() {
        try (CliContext cli = CliContext.of(spec)) {
            List<Backup> backups;
            if (names.isEmpty()) {
                var backupsInNamespace = cli.client().resources(Backup.class).inNamespace(cli.namespace());
                backups = (selector == null ? backupsInNamespace.list()
                        : backupsInNamespace.withLabelSelector(selector).list()).getItems();
            } else {
                backups = new ArrayList<>();
                for (String name : names) {
                    Backup backup = cli.client().resources(Backup.class).inNamespace(cli.namespace())
                            .withName(name).get();
                    if (backup == null) {
                        throw new IllegalArgumentException("backups.velero.io \"" + name + "\" not found");
                    }
                    backups.add(backup);
                }
            }
            backups = backups.stream().sorted(Comparator.comparing(
                    (Backup backup) -> backup.getMetadata().getCreationTimestamp(),
                    Comparator.nullsLast(Comparator.<String>reverseOrder()))).toList();
            if (output == OutputFormat.TABLE) {
                BackupTable.of(backups, Instant.now()).print(cli.out());
            } else {
                cli.out().println(output.serialize(backups));
            }
            return 0;
        }
    }
}
