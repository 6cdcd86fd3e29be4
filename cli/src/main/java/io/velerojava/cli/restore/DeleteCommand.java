package io.velerojava.cli.restore;

import io.velerojava.api.v1.Restore;
import io.velerojava.cli.CliContext;
import io.velerojava.cli.LabelSelectorConverter;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code velero restore delete NAME... | --all | -l SELECTOR}: deletes the Restores; the server's finalizer deletes
 * their files from the bucket. Restored objects in the cluster are not touched.
 */
@Command(name = "delete", description = "Delete restores")
public final class DeleteCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "NAMES", description = "Restores to delete")
    private List<String> names = List.of();

    @Option(names = "--all", description = "Delete all restores")
    private boolean all;

    @Option(names = {"-l", "--selector"}, paramLabel = "SELECTOR", description = "Delete restores matching this"
            + " label selector")
    private String selector;

    @Option(names = "--confirm", description = "Confirm deletion")
    private boolean confirm;

    @Override
    public Integer call() throws IOException {
        int ways = (names.isEmpty() ? 0 : 1) + (all ? 1 : 0) + (selector == null ? 0 : 1);
        if (ways != 1) {
            throw new IllegalArgumentException("give restore names, --all or --selector (exactly one of them)");
        }
        try (CliContext cli = CliContext.of(spec)) {
            var restores = cli.client().resources(Restore.class).inNamespace(cli.namespace());
            List<String> targets = !names.isEmpty() ? names.stream().map(n -> Restores.get(cli, n))
                    .map(r -> r.getMetadata().getName()).toList()
                    : (all ? restores.list() : restores.withLabelSelector(new LabelSelectorConverter().convert(selector)).list())
                    .getItems().stream().map(r -> r.getMetadata().getName()).sorted().toList();
            if (targets.isEmpty()) {
                cli.out().println("No restores found");
                return 0;
            }
            if (!confirm && !confirmed(cli, targets)) {
                cli.out().println("Cancelled.");
                return 1;
            }
            for (String name : targets) {
                restores.withName(name).delete();
                cli.out().println("Request to delete restore \"" + name + "\" submitted successfully.");
                cli.out().println("The restore will be fully deleted after all associated data (restore files in"
                        + " object storage) are removed.");
            }
            cli.out().flush();
            return 0;
        }
    }

    private static boolean confirmed(CliContext cli, List<String> targets) throws IOException {
        cli.out().print("Are you sure you want to continue (Y/N)? [restores: " + String.join(", ", targets) + "] ");
        cli.out().flush();
        String answer = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        return answer != null && answer.trim().toLowerCase(Locale.ROOT).startsWith("y");
    }
}
