package io.velerojava.cli;

import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * How delete, pause and unpause commands pick their objects (a picocli mixin), as in Velero: names, {@code --all} or
 * {@code -l/--selector}, exactly one of them.
 */
public final class ObjectSelection {

    @Parameters(arity = "0..*", paramLabel = "NAMES", description = "Names of the objects to act on")
    private List<String> names = List.of();

    @Option(names = "--all", description = "Select all objects")
    private boolean all;

    @Option(names = {"-l", "--selector"}, paramLabel = "SELECTOR",
            description = "Select objects matching this label selector (kubectl syntax)")
    private String selector;

    /** What was asked for. */
    public Selection selection() {
        int ways = (names.isEmpty() ? 0 : 1) + (all ? 1 : 0) + (selector == null ? 0 : 1);
        if (ways != 1) {
            throw new IllegalArgumentException("give names, --all or --selector (exactly one of them)");
        }
        if (!names.isEmpty()) {
            return new Selection.Named(names);
        }
        return all ? new Selection.All() : new Selection.Matching(selector);
    }

    /** The objects a command acts on. */
    public sealed interface Selection {
        record Named(List<String> names) implements Selection {
        }

        record All() implements Selection {
        }

        /** A label selector in kubectl syntax, handed to the API server as is. */
        record Matching(String selector) implements Selection {
        }
    }
}
