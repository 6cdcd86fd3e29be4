package io.velerojava.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class CliContextTest {

    @Test
    void namespaceFlagWinsOverEnvironment() {
        assertThat(namespaceFor(Map.of(CliContext.NAMESPACE_ENV, "from-env"), "-n", "from-flag", "backup"))
                .isEqualTo("from-flag");
    }

    @Test
    void namespaceFlagAfterTheVerbIsHonoured() {
        assertThat(namespaceFor(Map.of(), "backup", "--namespace", "late")).isEqualTo("late");
    }

    @Test
    void environmentWinsOverDefault() {
        assertThat(namespaceFor(Map.of(CliContext.NAMESPACE_ENV, "from-env"), "backup")).isEqualTo("from-env");
    }

    @Test
    void defaultNamespaceIsVelero() {
        assertThat(namespaceFor(Map.of(), "backup")).isEqualTo("velero");
    }

    private static String namespaceFor(Map<String, String> environment, String... args) {
        CommandLine commandLine = VeleroCommand.commandLine();
        CommandLine.ParseResult parsed = commandLine.parseArgs(args);
        CommandLine.ParseResult leaf = parsed;
        while (leaf.hasSubcommand()) {
            leaf = leaf.subcommand();
        }
        VeleroCommand root = commandLine.getCommand();
        return new CliContext(root, leaf.commandSpec(), environment).namespace();
    }
}
