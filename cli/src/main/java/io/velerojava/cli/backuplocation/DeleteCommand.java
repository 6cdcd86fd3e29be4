package io.velerojava.cli.backuplocation;

import io.velerojava.api.VeleroLabels;
import io.velerojava.api.v1.Backup;
import io.velerojava.api.v1.BackupRepository;
import io.velerojava.api.v1.BackupStorageLocation;
import io.velerojava.cli.CliContext;
import io.velerojava.cli.ObjectSelection;
import io.velerojava.cli.confirm.Confirmation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code velero backup-location delete NAMES | --all | -l SELECTOR}: deletes the locations with their Backup and
 * BackupRepository objects, as Velero does. The bucket is not touched: a location created again over it brings
 * the backups back through sync.
 */
@Command(name = "delete", description = "Delete backup storage locations")
public final class DeleteCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private ObjectSelection targets;

    @Option(names = "--confirm", description = "Confirm deletion")
    private boolean confirm;

    @Override
    public Integer call() {
        ObjectSelection.Selection selection = targets.selection();
        try (CliContext cli = CliContext.of(spec)) {
            List<String> errors = new ArrayList<>();
            List<BackupStorageLocation> found = find(cli, selection, errors);
            if (found.isEmpty() && errors.isEmpty()) {
                cli.out().println("No backup storage locations found");
            } else if (!found.isEmpty() && !confirm && !Confirmation.ask(cli.out(), System.in)) {
                cli.out().println("Cancelled.");
                cli.out().flush();
                return 1;
            }
            for (BackupStorageLocation location : found) {
                String name = location.getMetadata().getName();
                cli.client().resource(location).delete();
                cli.out().printf("Backup storage location \"%s\" deleted successfully.%n", name);
                String label = VeleroLabels.validValue(name);
                cli.client().resources(Backup.class).inNamespace(cli.namespace())
                        .withLabel(VeleroLabels.STORAGE_LOCATION, label).delete();
                cli.out().printf("Backups associated with backup storage location \"%s\" deleted successfully.%n",
                        name);
                cli.client().resources(BackupRepository.class).inNamespace(cli.namespace())
                        .withLabel(VeleroLabels.STORAGE_LOCATION, label).delete();
            }
            errors.forEach(error -> cli.err().println("An error occurred: " + error));
            cli.out().flush();
            cli.err().flush();
            return errors.isEmpty() ? 0 : 1;
        }
    }

    private static List<BackupStorageLocation> find(CliContext cli, ObjectSelection.Selection selection,
            List<String> errors) {
        var locations = cli.client().resources(BackupStorageLocation.class).inNamespace(cli.namespace());
        if (selection instanceof ObjectSelection.Selection.Named named) {
            List<BackupStorageLocation> found = new ArrayList<>();
            for (String name : named.names()) {
                BackupStorageLocation location = locations.withName(name).get();
                if (location == null) {
                    errors.add("backupstoragelocations.velero.io \"" + name + "\" not found");
                } else {
                    found.add(location);
                }
            }
            return found;
        }
        return (selection instanceof ObjectSelection.Selection.Matching matching
                ? locations.withLabelSelector(matching.selector()).list() : locations.list()).getItems().stream()
                .sorted(Comparator.comparing(location -> location.getMetadata().getName())).toList();
    }
}
