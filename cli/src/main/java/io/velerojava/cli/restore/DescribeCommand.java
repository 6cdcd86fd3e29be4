package io.velerojava.cli.restore;

import io.velerojava.api.v1.Restore;
import io.velerojava.api.v1.RestorePhase;
import io.velerojava.cli.CliContext;
import io.velerojava.cli.LabelSelectorConverter;
import io.velerojava.cli.restore.RestoreDescription.BucketFiles;
import io.velerojava.engine.location.OpenedBackupStore;
import io.velerojava.engine.restore.RestoreFiles;
import java.io.IOException;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code velero restore describe [NAMES] [--details]}. */
@Command(name = "describe", description = "Describe restores")
public final class DescribeCommand implements Callable<Integer> {

    private static final List<RestorePhase> WITH_FILES = List.of(RestorePhase.COMPLETED,
            RestorePhase.PARTIALLY_FAILED, RestorePhase.FAILED);

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "NAMES", description = "Restores to describe (default: all)")
    private List<String> names = List.of();

    @Option(names = {"-l", "--selector"}, paramLabel = "SELECTOR",
            description = "Only show items matching this label selector")
    private String selector;

    @Option(names = "--details", description = "Display additional detail in the command output (the restored"
            + " resources)")
    private boolean details;

    @Override
    public Integer call() {
        try (CliContext cli = CliContext.of(spec)) {
            List<Restore> restores = names.isEmpty() ? list(cli) : names.stream().map(n -> Restores.get(cli, n))
                    .toList();
            boolean first = true;
            for (Restore restore : restores) {
                if (!first) {
                    cli.out().println();
                }
                first = false;
                cli.out().print(RestoreDescription.render(restore, files(cli, restore), details,
                        ZoneId.systemDefault()));
            }
            cli.out().flush();
            return 0;
        }
    }

    private BucketFiles files(CliContext cli, Restore restore) {
        if (restore.getStatus() == null || !WITH_FILES.contains(restore.getStatus().getPhase())) {
            return new BucketFiles(Optional.empty(), Optional.empty(), Optional.empty());
        }
        String name = restore.getMetadata().getName();
        try (OpenedBackupStore store = new RestoreBucket(cli.client(), cli.namespace()).open(restore)) {
            return new BucketFiles(RestoreFiles.results(store.backupStore(), name),
                    details ? RestoreFiles.resourceList(store.backupStore(), name) : Optional.empty(),
                    Optional.empty());
        } catch (IOException | RuntimeException e) {
            return BucketFiles.unavailable(e.getMessage());
        }
    }

    private List<Restore> list(CliContext cli) {
        var restores = cli.client().resources(Restore.class).inNamespace(cli.namespace());
        List<Restore> items = selector == null ? restores.list().getItems()
                : restores.withLabelSelector(new LabelSelectorConverter().convert(selector)).list().getItems();
        return items.stream().sorted(Comparator.comparing(r -> r.getMetadata().getName())).toList();
    }
}
