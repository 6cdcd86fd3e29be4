package io.velerojava.testenv;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestEnvironmentTest {

    @Test
    void parsesQuotedExportsAndLeavesPathToTheShell(@TempDir Path dir) throws Exception {
        Path env = dir.resolve("env");
        Files.writeString(env, """
                export KUBECONFIG='/run/admin.kubeconfig'
                export S3_ENDPOINT='http://127.0.0.1:9000'
                export PATH="/cache/bin:$PATH"
                # comment
                """);

        assertThat(TestEnvironment.parse(env))
                .containsEntry("KUBECONFIG", "/run/admin.kubeconfig")
                .containsEntry("S3_ENDPOINT", "http://127.0.0.1:9000")
                .doesNotContainKey("PATH");
    }
}
