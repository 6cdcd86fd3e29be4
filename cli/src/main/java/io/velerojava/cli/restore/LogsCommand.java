package io.velerojava.cli.restore;

import io.velerojava.api.v1.Restore;
import io.velerojava.cli.CliContext;
import io.velerojava.engine.location.OpenedBackupStore;
import io.velerojava.engine.restore.RestoreFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code velero restore logs RESTORE}: prints the restore's log from its storage location. */
@Command(name = "logs", description = "Get restore logs")
public final class LogsCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "RESTORE", description = "Name of the restore")
    private String name;

    @Override
    public Integer call() throws IOException {
        try (CliContext cli = CliContext.of(spec)) {
            Restore restore = Restores.get(cli, name);
            try (OpenedBackupStore store = new RestoreBucket(cli.client(), cli.namespace()).open(restore);
                 InputStream log = RestoreFiles.log(store.backupStore(), name).orElseThrow(() ->
                         new IllegalStateException("logs for restore " + name + " are not available yet; a restore"
                                 + " uploads its log when it ends (phase " + Restores.phase(restore) + ")"));
                 Reader reader = new InputStreamReader(log, StandardCharsets.UTF_8)) {
                reader.transferTo(cli.out());
            }
            cli.out().flush();
            return 0;
        }
    }
}
