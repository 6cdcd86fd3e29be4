package io.velerojava.cli.backup;

import io.velerojava.api.builder.DeleteBackupRequestBuilder;
import io.velerojava.api.v1.Backup;
import io.velerojava.cli.CliContext;
import io.velerojava.cli.ObjectSelection;
import io.velerojava.cli.confirm.Confirmation;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code velero backup delete NAMES | --all | -l SELECTOR}: asks the server to delete backups by creating a
 * DeleteBackupRequest for each; the server deletes the files, the restores made from it and the Backup object.
 */
@Command(name = "delete", description = "Delete backups")
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
            List<Backup> found = find(cli, selection, errors);
            if (found.isEmpty() && errors.isEmpty()) {
                cli.out().println("No backups found");
                cli.out().flush();
                return 0;
            }
            if (!found.isEmpty() && !confirm && !Confirmation.ask(cli.out(), System.in)) {
                cli.out().println("Cancelled.");
                cli.out().flush();
                return 1;
            }
            for (Backup backup : found) {
                cli.client().resource(DeleteBackupRequestBuilder.forBackup(cli.namespace(),
                        backup.getMetadata().getName(), backup.getMetadata().getUid()).build()).create();
                cli.out().printf("Request to delete backup \"%s\" submitted successfully.%n"
                        + "The backup will be fully deleted after all associated data (disk snapshots, backup "
                        + "files, restores) are removed.%n", backup.getMetadata().getName());
            }
            errors.forEach(cli.err()::println);
            cli.out().flush();
            cli.err().flush();
            return errors.isEmpty() ? 0 : 1;
        }
    }

    private static List<Backup> find(CliContext cli, ObjectSelection.Selection selection, List<String> errors) {
        var backups = cli.client().resources(Backup.class).inNamespace(cli.namespace());
        if (selection instanceof ObjectSelection.Selection.Named named) {
            List<Backup> found = new ArrayList<>();
            for (String name : named.names()) {
                Backup backup = backups.withName(name).get();
                if (backup == null) {
                    errors.add("An error occurred: backups.velero.io \"" + name + "\" not found");
                } else {
                    found.add(backup);
                }
            }
            return found;
        }
        List<Backup> listed = selection instanceof ObjectSelection.Selection.Matching matching
                ? backups.withLabelSelector(matching.selector()).list().getItems()
                : backups.list().getItems();
        return listed.stream().sorted((a, b) -> a.getMetadata().getName().compareTo(b.getMetadata().getName()))
                .toList();
    }
}
